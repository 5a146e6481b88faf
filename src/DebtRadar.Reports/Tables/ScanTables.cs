using System.Globalization;
using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Tables;

/// <summary>The level of detail of a table export.</summary>
public enum ReportLevel
{
    /// <summary>One row per member.</summary>
    Member,
    /// <summary>One row per type (partial types once).</summary>
    Type,
    /// <summary>One row per file.</summary>
    File,
    /// <summary>One row per project.</summary>
    Project,
    /// <summary>One row per rule finding.</summary>
    Findings,
}

/// <summary>Turns a scan result into the rows of each table: a pure mapping, the same for a fresh scan and a stored one.</summary>
public static class ScanTables
{
    /// <summary>Member rows, ordered by project, file and line.</summary>
    public static IEnumerable<MemberRow> Members(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return from project in scan.Projects
               from file in project.Files
               from member in file.Members
               select new MemberRow
               {
                   Project = project.Name,
                   File = file.Path,
                   Line = member.Line,
                   Type = member.Type,
                   Member = member.Name,
                   Kind = KindName(member.Kind),
                   Cc = member.Metrics.Cyclomatic,
                   Cognitive = member.Metrics.Cognitive,
                   LocSource = member.Metrics.SourceLines,
                   LocExec = member.Metrics.ExecutableLines,
                   Nloc = member.Metrics.Nloc,
                   Params = member.Metrics.Parameters,
                   Nesting = member.Metrics.MaxNesting,
                   HalsteadVolume = Math.Round(member.Metrics.MsHalsteadVolume, 2),
                   Mi = member.Metrics.MaintainabilityIndex,
                   Coupling = member.Metrics.Coupling,
                   LineCoverage = member.Metrics.LineCoverage is { } c ? Math.Round(c, 4) : null,
                   Crap = member.Metrics.Crap is { } crap ? Math.Round(crap, 2) : null,
               };
    }

    /// <summary>Type rows, ordered by project, file and line.</summary>
    public static IEnumerable<TypeRow> Types(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return from project in scan.Projects
               from type in project.Types.OrderBy(t => t.File, StringComparer.Ordinal).ThenBy(t => t.Line)
               select new TypeRow
               {
                   Project = project.Name,
                   File = type.File,
                   Line = type.Line,
                   Type = type.Name,
                   Kind = KindName(type.Kind),
                   Members = type.Members,
                   Wmc = type.Wmc,
                   Cc = type.Cyclomatic,
                   Coupling = type.Coupling,
                   Dit = type.DepthOfInheritance,
                   LcomHs = type.LcomHs is { } l ? Math.Round(l, 3) : null,
                   Lcom4 = type.Lcom4,
                   Mi = type.MaintainabilityIndex,
                   LocSource = type.SourceLines,
               };
    }

    /// <summary>File rows, ordered by project and path.</summary>
    public static IEnumerable<FileRow> Files(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return from project in scan.Projects
               from file in project.Files
               select new FileRow
               {
                   Project = project.Name,
                   File = file.Path,
                   Mode = ModeName(file.Mode),
                   Lines = file.Lines,
                   LocSource = file.SourceLines,
                   Nloc = file.Nloc,
                   Types = file.Types.Length,
                   Members = file.Members.Length,
                   CcTotal = file.Members.Sum(m => m.Metrics.Cyclomatic),
                   CognitiveTotal = file.Members.Sum(m => m.Metrics.Cognitive),
                   CcMax = file.Members.Select(m => m.Metrics.Cyclomatic).DefaultIfEmpty().Max(),
                   CognitiveMax = file.Members.Select(m => m.Metrics.Cognitive).DefaultIfEmpty().Max(),
                   MiMin = file.Members.IsEmpty ? null : file.Members.Min(m => m.Metrics.MaintainabilityIndex),
                   MiAvg = file.Members.IsEmpty ? null : Math.Round(file.Members.Average(m => m.Metrics.MaintainabilityIndex), 2),
                   Health = file.Health,
                   HealthFactors = HealthFactorsText(file.HealthFactors),
               };
    }

    /// <summary>Project rows, in scan (dependency) order.</summary>
    public static IEnumerable<ProjectRow> Projects(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var packages = scan.ProjectPackages.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var project in scan.Projects)
        {
            var members = project.Files.SelectMany(f => f.Members).ToList();
            var package = packages.GetValueOrDefault(project.Name) ?? new PackageMetrics(project.Name, 0, 0, 0, 0);
            yield return new ProjectRow
            {
                Project = project.Name,
                Path = project.Path,
                Framework = project.Framework ?? string.Empty,
                Mode = ModeName(project.Mode),
                Files = project.Files.Length,
                Types = project.Types.Length,
                Members = members.Count,
                LocSource = project.Files.Sum(f => f.SourceLines),
                CcTotal = members.Sum(m => m.Metrics.Cyclomatic),
                CognitiveTotal = members.Sum(m => m.Metrics.Cognitive),
                MiAvg = members.Count == 0 ? null : Math.Round(members.Average(m => m.Metrics.MaintainabilityIndex), 2),
                Ca = package.Afferent,
                Ce = package.Efferent,
                Instability = Math.Round(package.Instability, 3),
                Abstractness = Math.Round(package.Abstractness, 3),
                Distance = Math.Round(package.Distance, 3),
            };
        }
    }

    /// <summary>Finding rows: per project its files' findings then its type findings, then the scan's own (project column empty).</summary>
    public static IEnumerable<FindingRow> Findings(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var perProject = from project in scan.Projects
                         from finding in project.Files.SelectMany(f => f.Findings).Concat(project.Findings)
                         select Row(project.Name, finding);
        return perProject.Concat(scan.Findings.Select(f => Row(string.Empty, f)));
    }

    private static FindingRow Row(string project, Finding finding) => new()
    {
        Project = project,
        File = finding.Path,
        Line = finding.Line,
        Column = finding.Column,
        Rule = finding.RuleId,
        Severity = finding.Severity.ToString().ToLowerInvariant(),
        Category = finding.Category,
        Member = finding.Member is null ? finding.Type ?? string.Empty : $"{finding.Type}.{finding.Member}",
        Message = finding.Message,
        RemediationMinutes = finding.RemediationMinutes,
    };

    /// <summary>The factors that lowered a file's health as one cell: <c>factor -penalty (detail)</c>, separated by <c>; </c>, largest first.</summary>
    public static string HealthFactorsText(IEnumerable<HealthFactor> factors) =>
        string.Join("; ", factors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Factor} -{f.Penalty:0.##} ({f.Detail})")));

    /// <summary>The CSV spelling of a member kind: method, constructor, finalizer, operator, conversion, getter, setter, init, adder, remover.</summary>
    public static string KindName(MemberKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The CSV spelling of a type kind.</summary>
    public static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.RecordStruct => "record struct",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    /// <summary>The CSV spelling of an analysis mode: full, degraded, syntax-only.</summary>
    public static string ModeName(AnalysisMode mode) => mode switch
    {
        AnalysisMode.SyntaxOnly => "syntax-only",
        _ => mode.ToString().ToLowerInvariant(),
    };
}
