using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DebtRadar.SyntheticCorpus.Templates;

namespace DebtRadar.SyntheticCorpus;

/// <summary>
/// Generates a synthetic solution of a given size from a seed: several class libraries, each
/// referencing the one before, filled with units drawn from construct templates.
/// </summary>
public static class CorpusGenerator
{
    // Weights say how common each construct is; the nesting template is the rare "legacy" file.
    private static readonly (ICodeTemplate Template, int Weight)[] Templates =
    [
        (new ServiceTemplate(), 4),
        (new InheritanceTemplate(), 3),
        (new GenericTemplate(), 2),
        (new AsyncTemplate(), 3),
        (new QueryTemplate(), 2),
        (new RulesTemplate(), 3),
        (new PartialTemplate(), 2),
        (new RecordTemplate(), 3),
        (new NestingTemplate(), 1),
    ];

    private static readonly string[] Words =
    [
        "Billing", "Catalog", "Invoice", "Ledger", "Shipment", "Customer", "Payment", "Pricing",
        "Inventory", "Report", "Session", "Schedule", "Account", "Audit", "Routing", "Quote",
    ];

    /// <summary>The name (and root namespace) of project <paramref name="index"/>.</summary>
    public static string ProjectName(int index) => "Synthetic.Module" + index.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Generates the solution in memory.</summary>
    public static SyntheticSolution Generate(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Lines);
        var random = new SeededRandom((ulong)options.Seed);
        var count = options.ProjectCount;
        var projects = ImmutableArray.CreateBuilder<SyntheticProject>(count);
        var previousEntities = new List<string>();
        var unit = 0;
        var written = 0;
        for (var k = 0; k < count; k++)
        {
            var name = ProjectName(k);
            var goal = (int)((long)options.Lines * (k + 1) / count);
            var files = ImmutableArray.CreateBuilder<SyntheticFile>();
            var entities = new List<string>();
            var first = true;
            while (first || written < goal)
            {
                var template = first ? new FoundationTemplate() : Pick(random);
                var context = new UnitContext
                {
                    ProjectIndex = k,
                    Namespace = name,
                    Stem = Words[unit % Words.Length] + (unit / Words.Length).ToString(CultureInfo.InvariantCulture),
                    Random = random,
                    Entities = [.. previousEntities.Concat(entities)],
                };
                foreach (var (fileName, writer) in template.Write(context))
                {
                    var path = template.Folder.Length == 0 ? fileName : template.Folder + "/" + fileName;
                    files.Add(new SyntheticFile(path, writer.ToString(), writer.LineCount));
                    written += writer.LineCount;
                }

                entities.AddRange(context.NewEntities);
                unit += first ? 0 : 1;
                first = false;
            }

            var references = k == 0 ? ImmutableArray<string>.Empty : [ProjectName(k - 1)];
            projects.Add(new SyntheticProject(name, references, files.ToImmutable()));
            previousEntities = entities;
        }

        return new SyntheticSolution("Synthetic", projects.MoveToImmutable());
    }

    /// <summary>SHA-256 over every path and text: equal for equal corpora, the quick determinism check.</summary>
    public static string Fingerprint(SyntheticSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var project in solution.Projects)
        {
            foreach (var file in project.Files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(project.Name + "/" + file.RelativePath + "\n" + file.Text + "\0"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static ICodeTemplate Pick(SeededRandom random)
    {
        var roll = random.Next(Templates.Sum(t => t.Weight));
        foreach (var (template, weight) in Templates)
        {
            if (roll < weight)
            {
                return template;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("weights do not cover the roll");
    }
}
