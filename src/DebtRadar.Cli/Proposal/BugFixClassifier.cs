using System.Text.RegularExpressions;

namespace DebtRadar.Cli.Proposal;

/// <summary>
/// Decides from a commit message whether the commit fixed a bug. The default patterns take "fix",
/// "bug", "hotfix" and GitHub's closing keywords before an issue link ("closes #123"); a bare
/// <c>#123</c> is left out by default because squash merges append the pull request number to
/// every commit, bug or not. Only the subject (first line) is read: a squash merge's body lists every
/// squashed commit ("* fix typo"), which would make most merged pull requests bug fixes.
/// Any pattern can be replaced with <c>--bugfix-pattern</c>.
/// </summary>
internal sealed class BugFixClassifier
{
    public static readonly IReadOnlyList<string> DefaultPatterns =
    [
        @"\bfix(e[sd]|ing)?\b",
        @"\bbugs?\b",
        @"\bhotfix",
        @"\b(close[sd]?|resolve[sd]?)\s+#\d+",
    ];

    private readonly Regex[] regexes;

    private BugFixClassifier(IReadOnlyList<string> patterns, Regex[] regexes)
    {
        Patterns = patterns;
        this.regexes = regexes;
    }

    public IReadOnlyList<string> Patterns { get; }

    /// <summary>A classifier for these patterns (case-insensitive .NET regular expressions), or an error line for a bad one.</summary>
    public static BugFixClassifier? TryCreate(IReadOnlyList<string> patterns, out string? error)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        error = null;
        var regexes = new List<Regex>();
        foreach (var pattern in patterns)
        {
            try
            {
                regexes.Add(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
            }
            catch (ArgumentException ex)
            {
                error = $"--bugfix-pattern '{pattern}' is not a valid regular expression: {ex.Message}";
                return null;
            }
        }

        return new BugFixClassifier(patterns, [.. regexes]);
    }

    public bool IsBugFix(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var end = message.IndexOfAny(['\r', '\n']);
        var subject = end < 0 ? message : message[..end];
        foreach (var regex in regexes)
        {
            try
            {
                if (regex.IsMatch(subject))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern on one message does not make the commit a fix.
            }
        }

        return false;
    }
}
