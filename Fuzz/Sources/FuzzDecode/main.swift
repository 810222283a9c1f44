import FuzzDriver

runFuzzer { testOneInput($0, $1) }
