using System.Globalization;

namespace DebtRadar.SyntheticCorpus;

internal static class Program
{
    private const string Usage = "usage: DebtRadar.SyntheticCorpus --lines N [--seed S] [--projects P] --out DIR";

    public static int Main(string[] args)
    {
        var lines = 0;
        var seed = 1;
        var projects = 0;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lines" when int.TryParse(value, CultureInfo.InvariantCulture, out lines):
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed):
                case "--projects" when int.TryParse(value, CultureInfo.InvariantCulture, out projects):
                case "--out" when (output = value) is not null:
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"unexpected argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (lines <= 0 || output is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var solution = CorpusGenerator.Generate(new CorpusOptions(lines, seed, projects));
        var path = SolutionWriter.Write(solution, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {solution.Projects.Length} projects, {solution.TotalFiles} files, {solution.TotalLines} lines, sha256 {CorpusGenerator.Fingerprint(solution)}"));
        return 0;
    }
}
