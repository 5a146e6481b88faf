using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Loads source-generator assemblies named by a cached load into one collectible-free context of their own;
/// their dependencies come from the folders they were registered from, Roslyn itself from the app.
/// </summary>
internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly AssemblyLoadContext _context = new("DebtRadar.Generators");
    private readonly ConcurrentDictionary<string, string> _locations = new(StringComparer.OrdinalIgnoreCase);

    public AnalyzerLoader() => _context.Resolving += (context, name) =>
        name.Name is { } simple && _locations.TryGetValue(simple, out var path) ? context.LoadFromAssemblyPath(path) : null;

    public void AddDependencyLocation(string fullPath) => _locations.TryAdd(Path.GetFileNameWithoutExtension(fullPath), fullPath);

    public Assembly LoadFromPath(string fullPath)
    {
        AddDependencyLocation(fullPath);
        return _context.LoadFromAssemblyPath(fullPath);
    }
}
