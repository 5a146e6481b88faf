using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Cli.Proposal;

/// <summary>
/// What depends on the target, derived from the type references stored with each type declaration:
/// a type outside the target depends on it when one of its declarations references a type inside.
/// Full-mode snapshots store fully qualified names; syntax-only ones store names as written, matched
/// here by simple name, which can count a same-named type elsewhere.
/// </summary>
internal static class BlastRadiusFigures
{
    public static BlastRadius For(ResolvedTarget target, ProposalContext context)
    {
        var inside = target.Types.ToHashSet(StringComparer.Ordinal);
        var simple = target.Types.Select(Simple).ToHashSet(StringComparer.Ordinal);
        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        var syntaxOnly = context.Files.Any(f => f.Mode == AnalysisMode.SyntaxOnly);
        var dependents = new SortedSet<string>(StringComparer.Ordinal);
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in context.Scan.Projects)
        {
            foreach (var file in project.Files)
            {
                foreach (var fragment in file.Types)
                {
                    if (inside.Contains(fragment.Name) || (target.Kind != TargetKind.Type && files.Contains(file.Path)))
                    {
                        continue;
                    }

                    if (fragment.CoupledTypes.Any(r => References(r, inside, simple)))
                    {
                        dependents.Add(fragment.Name);
                        projects.Add(project.Name);
                    }
                }
            }
        }

        var owners = context.Scan.Projects.Where(p => p.Files.Any(f => files.Contains(f.Path))).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var project in context.Scan.Projects.Where(p => p.ProjectReferences.Any(owners.Contains)))
        {
            projects.Add(project.Name);
        }

        var namespaces = context.Files.Where(f => files.Contains(f.Path)).SelectMany(f => f.Types)
            .Where(t => inside.Contains(t.Name)).Select(t => t.Namespace).ToHashSet(StringComparer.Ordinal);
        var coupling = context.Scan.Namespaces.Where(n => namespaces.Contains(n.Name))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => new NamespaceCoupling(n.Name, n.Afferent, n.Efferent, n.Instability))
            .ToImmutableArray();
        var method = syntaxOnly
            ? "from the type references stored with each type declaration; this snapshot is syntax-only, so references are names as written and are matched by simple name (a same-named type elsewhere counts too); projects that reference the target's projects are included"
            : "from the type references stored with each type declaration (fully qualified names); projects that reference the target's projects are included";
        return new BlastRadius([.. dependents], [.. projects], coupling, method);
    }

    private static bool References(TypeReference reference, HashSet<string> inside, HashSet<string> simple)
    {
        var name = StripArity(reference.Name).Replace('+', '.');
        return inside.Contains(name) || (reference.Namespace.Length == 0 && reference.Assembly.Length == 0 && simple.Contains(Simple(name)));
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var angle = name.IndexOf('<', StringComparison.Ordinal);
        var cut = tick >= 0 ? tick : angle;
        return cut >= 0 ? name[..cut] : name;
    }

    private static string Simple(string name)
    {
        var stripped = StripArity(name);
        var dot = stripped.LastIndexOf('.');
        return dot >= 0 ? stripped[(dot + 1)..] : stripped;
    }
}
