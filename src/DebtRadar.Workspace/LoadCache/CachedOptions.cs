using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>Parse and compilation options to and from their cached form: every option that changes how code binds.</summary>
internal static class CachedOptions
{
    public static CachedParseOptions From(CSharpParseOptions options) =>
        new(
            options.SpecifiedLanguageVersion.ToString(),
            options.DocumentationMode.ToString(),
            options.Kind.ToString(),
            [.. options.PreprocessorSymbolNames],
            options.Features.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    public static CSharpParseOptions To(CachedParseOptions options) =>
        new CSharpParseOptions(
                Enum.Parse<LanguageVersion>(options.LanguageVersion),
                Enum.Parse<DocumentationMode>(options.DocumentationMode),
                Enum.Parse<SourceCodeKind>(options.Kind),
                options.PreprocessorSymbols)
            .WithFeatures(options.Features);

    public static CachedCompilationOptions From(CSharpCompilationOptions options, RootPaths paths) =>
        new(
            options.OutputKind.ToString(),
            options.ModuleName,
            options.MainTypeName,
            options.ScriptClassName,
            [.. options.Usings],
            options.OptimizationLevel.ToString(),
            options.CheckOverflow,
            options.AllowUnsafe,
            options.CryptoKeyContainer,
            options.CryptoKeyFile is null ? null : paths.ToStored(options.CryptoKeyFile),
            options.CryptoPublicKey.IsDefaultOrEmpty ? null : Convert.ToBase64String(options.CryptoPublicKey.AsSpan()),
            options.DelaySign,
            options.PublicSign,
            options.StrongNameProvider is not null,
            options.Platform.ToString(),
            options.GeneralDiagnosticOption.ToString(),
            options.WarningLevel,
            options.SpecificDiagnosticOptions.ToDictionary(o => o.Key, o => o.Value.ToString(), StringComparer.Ordinal),
            options.ConcurrentBuild,
            options.Deterministic,
            options.NullableContextOptions.ToString(),
            options.AssemblyIdentityComparer is DesktopAssemblyIdentityComparer);

    public static CSharpCompilationOptions To(CachedCompilationOptions options, RootPaths paths)
    {
        var result = new CSharpCompilationOptions(
            Enum.Parse<OutputKind>(options.OutputKind),
            moduleName: options.ModuleName,
            mainTypeName: options.MainTypeName,
            scriptClassName: options.ScriptClassName,
            usings: options.Usings,
            optimizationLevel: Enum.Parse<OptimizationLevel>(options.OptimizationLevel),
            checkOverflow: options.CheckOverflow,
            allowUnsafe: options.AllowUnsafe,
            cryptoKeyContainer: options.CryptoKeyContainer,
            cryptoKeyFile: options.CryptoKeyFile is null ? null : paths.ToFull(options.CryptoKeyFile),
            cryptoPublicKey: options.CryptoPublicKey is null ? default : [.. Convert.FromBase64String(options.CryptoPublicKey)],
            delaySign: options.DelaySign,
            platform: Enum.Parse<Platform>(options.Platform),
            generalDiagnosticOption: Enum.Parse<ReportDiagnostic>(options.GeneralDiagnosticOption),
            warningLevel: options.WarningLevel,
            specificDiagnosticOptions: options.SpecificDiagnosticOptions.Select(o => KeyValuePair.Create(o.Key, Enum.Parse<ReportDiagnostic>(o.Value))),
            concurrentBuild: options.ConcurrentBuild,
            deterministic: options.Deterministic,
            publicSign: options.PublicSign,
            nullableContextOptions: Enum.Parse<NullableContextOptions>(options.NullableContextOptions));
        if (options.StrongNameProvider)
        {
            result = result.WithStrongNameProvider(new DesktopStrongNameProvider());
        }

        return options.DesktopIdentityComparer ? result.WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default) : result;
    }
}
