using System.CommandLine;

namespace DebtRadar.Cli.Storage;

/// <summary>The database options of the commands that read or write snapshots.</summary>
internal sealed class StorageOptionSet
{
    public Option<FileInfo?> Db { get; } = new("--db")
    {
        Description = "The DebtRadar database (default: <repository root>/.debtradar/debtradar.db)",
    };

    public void AddTo(Command command) => command.Options.Add(Db);
}
