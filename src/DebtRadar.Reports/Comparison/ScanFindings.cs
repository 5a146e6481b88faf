using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Comparison;

/// <summary>Every finding of a scan in one sequence, in the order the findings CSV lists them.</summary>
public static class ScanFindings
{
    /// <summary>Per project its files' findings then its type findings, then the scan's own.</summary>
    public static IEnumerable<Finding> All(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.Projects
            .SelectMany(p => p.Files.SelectMany(f => f.Findings).Concat(p.Findings))
            .Concat(scan.Findings);
    }
}
