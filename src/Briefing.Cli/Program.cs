using Briefing.Cli;

return Cli.Run(args);
