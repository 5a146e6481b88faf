using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Scanning;

/// <summary>How deeply a source text nests, estimated from its characters before anything parses it.</summary>
/// <param name="Brackets">Deepest nesting of <c>( [ {</c> and generic <c>&lt;</c> outside comments and literals.</param>
/// <param name="Interpolations">Deepest nesting of interpolated strings inside interpolation holes.</param>
public readonly record struct NestingEstimate(int Brackets, int Interpolations)
{
    /// <summary>
    /// Deeper than this and the file is not parsed: Roslyn's parser recurses once per level (and
    /// overflows any stack given enough levels); hand-written and generated code stays far below.
    /// </summary>
    public const int MaxBrackets = 1000;

    /// <summary>Roslyn lexes nested interpolated strings in more than quadratic time (1,000 levels: half a minute).</summary>
    public const int MaxInterpolations = 40;

    /// <summary>Deeper than this, parse on a <see cref="LargeStackThread"/> thread rather than a thread-pool one.</summary>
    public const int LargeStackBrackets = 100;

    /// <summary>True when the text is too deep to parse safely.</summary>
    public bool TooDeep => Brackets > MaxBrackets || Interpolations > MaxInterpolations;

    /// <summary>True when the text should be parsed on a large stack.</summary>
    public bool NeedsLargeStack => Brackets > LargeStackBrackets;

    /// <summary>One line for the diagnostic of a file that was not parsed.</summary>
    public string Describe() =>
        Interpolations > MaxInterpolations
            ? $"interpolated strings nested {Interpolations} deep (more than {MaxInterpolations})"
            : $"brackets nested {Brackets} deep (more than {MaxBrackets})";

    /// <summary>Scans <paramref name="text"/> once; stops counting early when both limits are passed.</summary>
    /// <param name="text">The source.</param>
    public static NestingEstimate Of(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new NestingScanner(text).Run();
    }
}
