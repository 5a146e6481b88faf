using System.Globalization;
using DebtRadar.Reports;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.ViewModels;

/// <summary>The texts of the dashboard's frame: title, empty state, help, rescan progress.</summary>
public static class ShellText
{
    /// <summary>"DebtRadar ─ target @ 3f2a91c (main) ─ snapshot 14 of 14 ─ rating C ─ debt 412 h".</summary>
    public static string Header(SnapshotView snapshot, int position, int count)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var m = snapshot.Info.Metadata;
        var at = m.Commit is { } c ? $" @ {c[..Math.Min(7, c.Length)]}{(m.Dirty ? "+" : string.Empty)}{(m.Branch is { } b ? $" ({b})" : string.Empty)}" : string.Empty;
        return TextSafety.ForConsole(string.Create(
            CultureInfo.InvariantCulture,
            $"DebtRadar ─ {snapshot.Info.Target}{at} ─ snapshot {position} of {count} ─ rating {snapshot.Debt.Solution.Rating} ─ debt {Text.TextChart.Hours(snapshot.Debt.Solution.RemediationMinutes)}"));
    }

    /// <summary>What a database with no snapshot shows instead of an empty grid.</summary>
    public static IReadOnlyList<string> Empty(string databasePath) =>
    [
        "No scans yet.",
        string.Empty,
        "Run `debtradar scan <solution>` to record a first snapshot in",
        "  " + TextSafety.ForConsole(databasePath),
        "or press r to scan this folder now.",
        string.Empty,
        "Past commits make trends at once: `debtradar backfill --commits 20`.",
    ];

    /// <summary>The help page: every key of every screen.</summary>
    public static IReadOnlyList<string> Help { get; } =
    [
        "Hotspots (start screen): where does debt hurt?",
        "  ↑↓ PgUp PgDn   move            Enter   open the file (its members and findings)",
        "  /              filter as you type (Enter or ↓ back to the rows, Esc clears)",
        "  s / S          next sort column / reverse it;  1–8 sort by column;  click a header",
        "  m              files ↔ members",
        "  t              trends of the solution and the selected file",
        "  n              snapshots: pick the one shown;  c  compare it with the previous",
        "  p              proposal preview of the selection (w writes the pack)",
        "  r              rescan the snapshot's target (Esc cancels)",
        string.Empty,
        "File: what exactly is wrong here?",
        "  Tab            members ↔ findings   Enter on a member: its findings;  on a finding: the rule's help",
        "  y              copy path:line of the selected member or finding (clipboard, else shown below)",
        string.Empty,
        "Everywhere:  Esc back · ? or F1 this help · q quit · the mouse selects, scrolls and double-click opens",
        string.Empty,
        "Colours follow the A–E debt rating: green A … red E.",
        "Score = normalised revisions × normalised cognitive complexity (stored with the snapshot for files).",
    ];

    /// <summary>
    /// Key help that fits in <paramref name="width"/> columns: as many keys as fit, most useful first;
    /// the last two (help and quit) are kept whatever is dropped.
    /// </summary>
    public static string StatusKeys(IReadOnlyList<(string Key, string Label)> keys, int width)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = keys.Select(k => $"{k.Key} {k.Label}").ToList();
        var kept = items.Count > 2 ? items[^2..] : [];
        var optional = items.Count > 2 ? items[..^2] : items;
        var shown = new List<string>();
        foreach (var item in optional)
        {
            if (string.Join(" · ", shown.Append(item).Concat(kept)).Length > width)
            {
                break;
            }

            shown.Add(item);
        }

        var line = string.Join(" · ", shown.Concat(kept));
        return line.Length <= width ? line : line[..Math.Max(0, width)];
    }

    /// <summary>One status line for a running rescan.</summary>
    public static string Progress(RescanProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Total <= 0)
        {
            return $"Rescanning: {TextSafety.ForConsole(progress.Stage)} … (Esc cancels)";
        }

        const int width = 20;
        var done = Math.Clamp(progress.Done * width / progress.Total, 0, width);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Rescanning: {TextSafety.ForConsole(progress.Stage)} ▕{new string('█', done)}{new string(' ', width - done)}▏ {progress.Done}/{progress.Total} (Esc cancels)");
    }
}
