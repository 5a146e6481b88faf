namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Files longer than <c>threshold</c> lines of code (nloc), like Sonar's S104.</summary>
internal sealed class DR1201FileLength : IFileDetector
{
    public string RuleId => "DR1201";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule)
    {
        var threshold = rule.Parameter("threshold", 1000);
        if (file.Measured.Nloc > threshold)
        {
            var first = file.Root.GetFirstToken();
            yield return Hit.At(first, $"File has {file.Measured.Nloc} lines of code (above {threshold})", file.Measured.Nloc - threshold);
        }
    }
}
