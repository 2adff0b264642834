#include "cli/Cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    return praklit::cli::run(argc, argv, std::cout, std::cerr, std::cin);
}
