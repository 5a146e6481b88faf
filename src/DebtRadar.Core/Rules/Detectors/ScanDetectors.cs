using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Namespaces that depend on each other in a cycle.</summary>
internal sealed class DR1301NamespaceCycle : IScanDetector
{
    public string RuleId => "DR1301";

    public IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule) =>
        scan.NamespaceCycles.Select(c => new ScanHit(string.Join(" → ", c), string.Empty, 0,
            $"Namespaces depend on each other in a cycle: {string.Join(" → ", c)}", c.Length));
}

/// <summary>Projects that depend on each other in a cycle.</summary>
internal sealed class DR1302ProjectCycle : IScanDetector
{
    public string RuleId => "DR1302";

    public IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule) =>
        scan.ProjectCycles.Select(c => new ScanHit(string.Join(" → ", c), string.Empty, 0,
            $"Projects depend on each other in a cycle: {string.Join(" → ", c)}", c.Length));
}

/// <summary>Namespaces far from Martin's main sequence (|A + I − 1| above <c>threshold</c>), with at least <c>minTypes</c> types.</summary>
internal sealed class DR1303MainSequenceDistance : IScanDetector
{
    public string RuleId => "DR1303";

    public IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule)
    {
        var threshold = rule.Parameter("threshold", 0.7);
        foreach (var package in scan.Namespaces.Where(p => p.Types >= rule.Parameter("minTypes", 5) && p.Distance > threshold))
        {
            var zone = package.Abstractness + package.Instability < 1 ? "zone of pain: concrete and depended upon" : "zone of uselessness: abstract and unused";
            yield return new ScanHit(package.Name, string.Empty, 0,
                FormattableString.Invariant($"Namespace {package.Name} is {package.Distance:0.00} from the main sequence ({zone})"),
                Math.Round((package.Distance - threshold) * 10, 1));
        }
    }
}
