namespace DebtRadar.Core.Metrics.Clones;

/// <summary>How long a copy must be to count as a clone.</summary>
/// <param name="MinTokens">Successive equal normalised tokens (SonarQube's CPD default for C#: 100).</param>
/// <param name="MinLines">Lines of code those tokens must spread over (SonarQube: 10).</param>
public sealed record CloneOptions(int MinTokens = 100, int MinLines = 10)
{
    /// <summary>SonarQube's thresholds.</summary>
    public static CloneOptions Default { get; } = new();
}
