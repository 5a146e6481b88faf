using Microsoft.Build.Locator;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>The .NET SDK whose MSBuild serves this process.</summary>
/// <param name="MSBuildPath">The SDK folder, e.g. <c>/usr/share/dotnet/sdk/10.0.401/</c>.</param>
/// <param name="Version">The SDK version.</param>
internal sealed record SdkInstance(string MSBuildPath, Version Version);

/// <summary>
/// Registers MSBuild once per process. This is process-wide state by nature: the locator can
/// only register before the first MSBuild type loads, and only once, so a lazy value is the
/// one static holder this library has.
/// </summary>
internal static class MSBuildRegistration
{
    private static readonly Lazy<(SdkInstance? Sdk, string? Error)> Registration =
        new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The registered SDK, or why none could be registered.</summary>
    public static (SdkInstance? Sdk, string? Error) Ensure() => Registration.Value;

    private static (SdkInstance? Sdk, string? Error) Register()
    {
        try
        {
            // Query from the tool's own folder, not the current directory: a scanned repository's
            // global.json may pin an SDK that is not installed, and RegisterDefaults would then
            // take the process down instead of failing.
            var options = new VisualStudioInstanceQueryOptions
            {
                DiscoveryTypes = DiscoveryType.DotNetSdk,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            var best = MSBuildLocator.QueryVisualStudioInstances(options)
                .OrderByDescending(i => i.Version)
                .FirstOrDefault();
            if (best is null)
            {
                return (null, "no .NET SDK was found");
            }

            if (MSBuildLocator.CanRegister)
            {
                MSBuildLocator.RegisterInstance(best);
            }

            return (new SdkInstance(best.MSBuildPath, best.Version), null);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }
}
