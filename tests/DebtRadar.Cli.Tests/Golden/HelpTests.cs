using System.Reflection;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Golden;

public sealed class HelpTests
{
    public static TheoryData<string> Commands => new(CliApp.CreateRoot(new CliIO(TextWriter.Null, TextWriter.Null, false, false, TimeProvider.System)).Subcommands.Select(c => c.Name));

    [Fact]
    public async Task Help_Root_MatchesGolden()
    {
        var (code, output, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, code);
        CliGoldenFile.Verify("root-help.txt", AsInstalled(output));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EveryCommand_PrintsUsageAndExits0(string command)
    {
        var (code, output, _) = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, code);
        Assert.Contains($"debtradar {command}", AsInstalled(output), StringComparison.Ordinal);
        Assert.Contains("Options:", output, StringComparison.Ordinal);
    }

    /// <summary>The root command is named after the executable: the test host here, <c>debtradar</c> when installed or run from source.</summary>
    private static string AsInstalled(string help) =>
        help.Replace($"  {System.CommandLine.RootCommand.ExecutableName} ", "  debtradar ", StringComparison.Ordinal);

    [Fact]
    public async Task Version_ThePublishedExecutable_PrintsItsInformationalVersion()
    {
        // In process the entry assembly is the test host, so run the built debtradar.dll itself.
        var cli = Path.Combine(AppContext.BaseDirectory, "debtradar.dll");
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(cli);
        info.ArgumentList.Add("--version");
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, output.Trim());
        Assert.StartsWith("0.", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestDirective_PartialCommand_CompletesIt()
    {
        var (code, output, _) = await CliRunner.RunAsync("[suggest]", "ga");

        Assert.Equal(0, code);
        Assert.Equal("gate", output.Trim());
    }
}
