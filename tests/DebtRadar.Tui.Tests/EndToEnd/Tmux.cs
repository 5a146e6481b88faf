using System.Diagnostics;

namespace DebtRadar.Tui.Tests.EndToEnd;

/// <summary>One tmux server of its own (a private socket, so it inherits this process's environment), one pane.</summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _socket = "debtradar-e2e-" + Guid.NewGuid().ToString("N")[..8];

    public Tmux(string command, int width, int height, string workingDirectory)
    {
        Run("new-session", "-d", "-s", "e2e", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", workingDirectory, command);
    }

    public void Send(params string[] keys) => Run(["send-keys", "-t", "e2e", .. keys]);

    public string Screen() => Run("capture-pane", "-p", "-t", "e2e");

    public bool Alive => Process(["has-session", "-t", "e2e"]).ExitCode == 0;

    /// <summary>Polls the pane until <paramref name="text"/> appears; fails with the last screen after the timeout.</summary>
    public string WaitFor(string text, int seconds = 30) => WaitUntil(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", seconds);

    public string WaitUntil(Func<string, bool> condition, string what, int seconds = 30)
    {
        var watch = Stopwatch.StartNew();
        var screen = string.Empty;
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (!Alive)
            {
                throw new InvalidOperationException($"The dashboard exited while waiting for {what}. Last screen:\n{screen}");
            }

            screen = Screen();
            if (condition(screen))
            {
                return screen;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"No {what} on screen after {seconds} s. Last screen:\n{screen}");
    }

    /// <summary>Waits for the pane's program to end (the session closes with it).</summary>
    public bool WaitForExit(int seconds = 15)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (!Alive)
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    public void Dispose() => Process(["kill-server"]);

    private string Run(params string[] args)
    {
        var result = Process(args);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {result.Error}");
    }

    private (int ExitCode, string Output, string Error) Process(string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(_socket);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }
}
