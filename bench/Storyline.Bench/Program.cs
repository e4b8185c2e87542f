using Storyline.Bench;

return BenchCommands.Run(args);
