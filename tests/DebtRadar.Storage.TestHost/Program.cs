using System.Globalization;
using DebtRadar.Storage;
using DebtRadar.Storage.TestHost;

// Usage: write <db> <count|forever> <seed> <files>
// Prints "committed <id>" after each snapshot's transaction, so a parent that kills this process
// knows which snapshots must have survived.
if (args.Length != 5 || args[0] != "write")
{
    Console.Error.WriteLine("usage: write <db> <count|forever> <seed> <files>");
    return 2;
}

var store = new SnapshotStore(args[1], new StoreOptions(TimeSpan.FromSeconds(50)));
var count = args[2] == "forever" ? int.MaxValue : int.Parse(args[2], CultureInfo.InvariantCulture);
var seed = int.Parse(args[3], CultureInfo.InvariantCulture);
var files = int.Parse(args[4], CultureInfo.InvariantCulture);
var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
for (var i = 0; i < count; i++)
{
    var scan = SyntheticScans.Create(seed + i, files, target: $"T{seed}.sln");
    var info = store.Write(scan, SyntheticScans.Metadata(start.AddMinutes(seed + i), $"c{seed}-{i}"));
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"committed {info.Id} {seed + i}"));
    Console.Out.Flush();
}

return 0;
