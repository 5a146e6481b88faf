using DebtRadar.Reports;
using DebtRadar.Core.Scanning;
using Spectre.Console;

namespace DebtRadar.Cli.Scanning;

/// <summary>Shows scan progress on stderr: a progress bar per project on a terminal, else one line per finished project.</summary>
internal static class ScanProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliIO io, Func<IProgress<ScanProgress>, Task<T>> work)
    {
        if (!io.ErrorIsInteractive)
        {
            return await work(new LineProgress(io.Error)).ConfigureAwait(false);
        }

        return await io.ErrorConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new BarProgress(context))).ConfigureAwait(false);
    }

    /// <summary>Synchronous, so that lines come out in order whatever thread reports.</summary>
    private sealed class LineProgress(TextWriter error) : IProgress<ScanProgress>
    {
        private readonly Lock _gate = new();

        public void Report(ScanProgress value)
        {
            if (value.FilesDone != value.FilesTotal)
            {
                return;
            }

            lock (_gate)
            {
                var reused = value.FilesReused > 0 ? $", {value.FilesReused} reused" : string.Empty;
                error.WriteLine($"scanned {TextSafety.ForConsole(value.Project)}: {value.FilesTotal} files{reused}");
            }
        }
    }

    private sealed class BarProgress(ProgressContext context) : IProgress<ScanProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<int, ProgressTask> _tasks = [];

        public void Report(ScanProgress value)
        {
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.ProjectNumber, out var task))
                {
                    _tasks[value.ProjectNumber] = task = context.AddTask(Markup.Escape(TextSafety.ForConsole(value.Project)), maxValue: Math.Max(1, value.FilesTotal));
                }

                task.Value = value.FilesDone;
            }
        }
    }
}
