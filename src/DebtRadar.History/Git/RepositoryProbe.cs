using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.History.Model;

namespace DebtRadar.History.Git;

/// <summary>
/// Finds the work tree and the analysed commit before any history is read, and turns every reason there is
/// none (no git, not a repository, no commits) into one diagnostic line.
/// </summary>
internal static class RepositoryProbe
{
    public static async Task<Probe> RunAsync(IGitProcessRunner runner, string path, CancellationToken cancellationToken)
    {
        var directory = Directory.Exists(path) ? path : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is null || !Directory.Exists(directory))
        {
            return Probe.Failed(null, Warning("history.path-missing", $"{path} does not exist; git history is left out", path));
        }

        var (exit, text) = await GitOutput.ReadAllAsync(
            runner, directory, GitArguments.With("rev-parse", "--show-toplevel", "--is-shallow-repository"), cancellationToken).ConfigureAwait(false);
        if (exit.GitMissing)
        {
            return Probe.Failed(null, Warning("history.git-missing", $"git could not be started ({exit.Error}); churn, coupling and hotspots are left out"));
        }

        if (!exit.Succeeded)
        {
            return Probe.Failed(null, Warning(
                "history.not-a-repository", $"{directory} is not inside a git work tree ({GitOutput.FirstLine(exit.Error)}); churn, coupling and hotspots are left out"));
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var root = lines.Length > 0 ? lines[0] : directory;
        var shallow = lines.Length > 1 && lines[1] == "true";

        (exit, text) = await GitOutput.ReadAllAsync(
            runner, directory, GitArguments.With("log", "-1", "--no-color", "--format=%H%x1f%ct%x1f%D", "HEAD", "--"), cancellationToken).ConfigureAwait(false);
        var fields = text.Trim().Split('\u001f');
        if (!exit.Succeeded || fields.Length < 3 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var time))
        {
            return Probe.Failed(root, Info("history.empty", "the repository has no commits yet; churn, coupling and hotspots are empty"));
        }

        var branch = BranchOf(fields[2]);
        var head = new HeadCommit(fields[0], DateTimeOffset.FromUnixTimeSeconds(time), branch);
        var diagnostics = ImmutableArray.CreateBuilder<ScanDiagnostic>();
        if (branch is null)
        {
            diagnostics.Add(Info("history.detached-head", $"HEAD is detached at {head.Commit[..Math.Min(12, head.Commit.Length)]}; history is read back from that commit"));
        }

        return new Probe(directory, root, head, shallow, diagnostics.ToImmutable());
    }

    /// <summary>The branch from a <c>%D</c> decoration (<c>HEAD -> main, origin/main</c>); null when detached.</summary>
    internal static string? BranchOf(string decoration)
    {
        const string Marker = "HEAD -> ";
        var start = decoration.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = decoration[(start + Marker.Length)..];
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        return (comma < 0 ? rest : rest[..comma]).Trim();
    }

    private static ScanDiagnostic Warning(string code, string message, string? path = null) =>
        new(DiagnosticSeverity.Warning, code, message, path);

    private static ScanDiagnostic Info(string code, string message) =>
        new(DiagnosticSeverity.Info, code, message);

    internal sealed record Probe(string WorkingDirectory, string? Root, HeadCommit? Head, bool Shallow, ImmutableArray<ScanDiagnostic> Diagnostics)
    {
        public static Probe Failed(string? root, ScanDiagnostic diagnostic) => new(string.Empty, root, null, false, [diagnostic]);
    }
}
