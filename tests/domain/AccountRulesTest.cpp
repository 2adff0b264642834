#include "domain/TransactionAccount.h"

#include <gtest/gtest.h>

using namespace praklit;

namespace {
const std::vector<DatedValue> kVat{{"2015-10-01", 1700}, {"2025-01-01", 1800}};
const std::vector<DatedValue> kAllocation{
    {"2024-05-05", 2500000}, {"2025-01-01", 2000000}, {"2026-01-01", 1000000}, {"2026-06-01", 500000}};
} // namespace

TEST(Vat, TheRateInForceOnTheDocumentsDate)
{
    EXPECT_EQ(valueOn(kVat, "2024-12-31"), 1700);
    EXPECT_EQ(valueOn(kVat, "2025-01-01"), 1800);
    EXPECT_EQ(valueOn(kVat, "2026-11-26"), 1800);
    EXPECT_FALSE(valueOn(kVat, "2010-01-01"));
    EXPECT_EQ(valueOn(kAllocation, "2026-05-31"), 1000000);
    EXPECT_EQ(valueOn(kAllocation, "2026-06-01"), 500000);
}

TEST(Vat, RoundedOnceOnTheDocumentAndNotOnExemptExpenses)
{
    TransactionAccount a;
    a.vatBasisPoints = 1800;
    // Three lines whose VAT rounded line by line would be 0.18 + 0.18 + 0.18 agorot → 0;
    // on the document it is 18% of 3 agorot = 0.54 → 1 agora.
    computeTotals(a, {{1, false}, {1, false}, {1, false}});
    EXPECT_EQ(a.vatAgorot, 1);
    computeTotals(a, {{100000, false}, {98700, true}, {12345, false}});
    EXPECT_EQ(a.subtotalAgorot, 211045);
    EXPECT_EQ(a.vatableAgorot, 112345);
    EXPECT_EQ(a.vatAgorot, 20222); // 20,222.1 agorot
    EXPECT_EQ(a.totalAgorot, 231267);
    a.vatBasisPoints = 1700;
    computeTotals(a, {{100000, false}});
    EXPECT_EQ(a.totalAgorot, 117000);
}

TEST(Vat, APaymentCarriesTheAccountsShareOfVat)
{
    TransactionAccount a;
    a.vatBasisPoints = 1800;
    computeTotals(a, {{100000, false}});
    EXPECT_EQ(vatPartOf(a, 118000), 18000);
    EXPECT_EQ(vatPartOf(a, 59000), 9000);
    EXPECT_EQ(vatPartOf(a, 1), 0);
    a.paidAgorot = 59000;
    EXPECT_EQ(a.balanceAgorot(), 59000);
}
