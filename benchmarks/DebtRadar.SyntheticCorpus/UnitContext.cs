namespace DebtRadar.SyntheticCorpus;

/// <summary>What a template knows when it writes one unit (one or two files) of a project.</summary>
public sealed class UnitContext
{
    /// <summary>0-based position of the project; project k references project k-1.</summary>
    public required int ProjectIndex { get; init; }

    /// <summary>The project's namespace (also its name).</summary>
    public required string Namespace { get; init; }

    /// <summary>Unique stem of the unit's type names, e.g. <c>Billing12</c>.</summary>
    public required string Stem { get; init; }

    /// <summary>The generator's random source, shared so the whole corpus follows from one seed.</summary>
    public required SeededRandom Random { get; init; }

    /// <summary>Concrete classes with an <c>(int id, string name)</c> constructor visible to this project, fully qualified.</summary>
    public required IReadOnlyList<string> Entities { get; init; }

    /// <summary>Classes this unit declares that others may construct with <c>(int, string)</c>.</summary>
    public List<string> NewEntities { get; } = [];

    /// <summary>Suffix of the project's foundation types (<c>IEntity3</c>, <c>EntityBase3</c>, <c>Money3</c>, <c>Status3</c>).</summary>
    public string K => ProjectIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new writer with the usings every generated file shares and the file-scoped namespace.</summary>
    public CodeWriter NewFile()
    {
        var writer = new CodeWriter();
        foreach (var ns in new[] { "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Runtime.CompilerServices", "System.Threading", "System.Threading.Tasks" })
        {
            writer.Line($"using {ns};");
        }

        writer.Line();
        writer.Line($"namespace {Namespace};");
        writer.Line();
        return writer;
    }

    /// <summary>A random integer literal in [min, max).</summary>
    public string N(int min = 2, int max = 50) => Random.Next(min, max).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
