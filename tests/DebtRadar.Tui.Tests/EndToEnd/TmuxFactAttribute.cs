namespace DebtRadar.Tui.Tests.EndToEnd;

/// <summary>A fact that runs only where tmux and git are installed (xunit 2 has no dynamic skip).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!OnPath("tmux"))
        {
            Skip = "tmux is not on PATH: the end-to-end dashboard test drives the real program in a tmux pane (apt-get install tmux)";
        }
        else if (!OnPath("git"))
        {
            Skip = "git is not on PATH: the end-to-end dashboard test builds a fixture repository";
        }
    }

    internal static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
