using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace DebtRadar.History.Git;

/// <summary>Runs the git executable found on PATH.</summary>
internal sealed class GitProcessRunner(string executable = "git") : IGitProcessRunner
{
    private const int MaxErrorChars = 2000;

    public async Task<GitExit> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        Func<Stream, CancellationToken, Task> readOutput,
        CancellationToken cancellationToken,
        byte[]? input = null)
    {
        using var process = new Process { StartInfo = CreateStartInfo(workingDirectory, arguments, redirectInput: input is not null) };
        if (!TryStart(process, out var startError))
        {
            return GitExit.Missing(startError);
        }

        var error = ReadErrorAsync(process.StandardError);
        var write = input is null ? Task.CompletedTask : WriteInputAsync(process.StandardInput.BaseStream, input, cancellationToken);
        try
        {
            await using (cancellationToken.Register(() => Kill(process)))
            {
                await readOutput(process.StandardOutput.BaseStream, cancellationToken).ConfigureAwait(false);
                // Drain whatever the reader left so git never blocks on a full pipe.
                await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                await write.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }

        return new GitExit(process.ExitCode, (await error.ConfigureAwait(false)).Trim());
    }

    public IGitSession? Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var process = new Process { StartInfo = CreateStartInfo(workingDirectory, arguments, redirectInput: true) };
        if (!TryStart(process, out _))
        {
            process.Dispose();
            return null;
        }

        _ = ReadErrorAsync(process.StandardError);
        return new Session(process);
    }

    private ProcessStartInfo CreateStartInfo(string workingDirectory, IReadOnlyList<string> arguments, bool redirectInput)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["LC_ALL"] = "C";
        return info;
    }

    private static bool TryStart(Process process, out string error)
    {
        try
        {
            process.Start();
            error = string.Empty;
            return true;
        }
        catch (Win32Exception ex)
        {
            // No git on PATH (or not executable) is an expected condition, reported as data.
            error = ex.Message;
            return false;
        }
    }

    private static async Task WriteInputAsync(Stream stdin, byte[] input, CancellationToken cancellationToken)
    {
        try
        {
            await stdin.WriteAsync(input, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // git exited before reading everything (it failed); its exit code tells why.
        }
        finally
        {
            try
            {
                await stdin.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The pipe is already broken: nothing left to flush.
            }
        }
    }

    private static async Task<string> ReadErrorAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[1024];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (text.Length < MaxErrorChars)
            {
                text.Append(buffer, 0, Math.Min(read, MaxErrorChars - text.Length));
            }
        }

        return text.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private sealed class Session(Process process) : IGitSession
    {
        public Stream Input => process.StandardInput.BaseStream;

        public Stream Output => process.StandardOutput.BaseStream;

        public void Dispose()
        {
            try
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(2000))
                {
                    Kill(process);
                }
            }
            catch (IOException)
            {
                Kill(process);
            }

            process.Dispose();
        }
    }
}
