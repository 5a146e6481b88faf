using System.CommandLine;
using DebtRadar.Cli.Scanning;

namespace DebtRadar.Cli.Commands;

/// <summary>The options every scanning command shares (scan, backfill, hotspots), declared once.</summary>
internal sealed class ScanOptionSet
{
    public Argument<string> Path { get; } = new("path")
    {
        Description = "A .sln, .slnx or .csproj file, or a folder (default: the current folder)",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };

    public Option<bool> SyntaxOnly { get; } = new("--syntax-only")
    {
        Description = "Parse sources without MSBuild: no code of the scanned repository runs; semantic metrics are approximations",
    };

    public Option<string?> Framework { get; } = new("--framework", "-f")
    {
        Description = "Target framework to measure in multi-targeted projects (default: the newest)",
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Documents measured at once (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<int> LoadTimeout { get; } = new("--load-timeout")
    {
        Description = "Seconds a project may take to load before it is scanned syntax-only",
        DefaultValueFactory = _ => 300,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show load problems and the time of each phase",
    };

    public ScanOptionSet()
    {
        Jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1");
            }
        });
        LoadTimeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--load-timeout must be at least 1 second");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(SyntaxOnly);
        command.Options.Add(Framework);
        command.Options.Add(Jobs);
        command.Options.Add(LoadTimeout);
        command.Options.Add(Verbose);
    }

    public ScanRequest Read(ParseResult parse) => new(
        parse.GetValue(Path) ?? ".",
        parse.GetValue(SyntaxOnly),
        parse.GetValue(Framework),
        parse.GetValue(Jobs),
        parse.GetValue(Verbose),
        TimeSpan.FromSeconds(parse.GetValue(LoadTimeout)));
}
