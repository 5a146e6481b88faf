using DebtRadar.Core.Model;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// The key of a reusable file result: the same bytes, measured with the same project inputs
/// (references, options, preprocessor symbols), configuration and tool version, give the same result.
/// </summary>
/// <param name="ContentHash">Hex content hash of the file's text.</param>
/// <param name="ProjectInputsHash">
/// Hash of what the project gives this file: mode, framework, parse and compilation options,
/// references, the whole declaration surface of the projects it references, and of its own project
/// the declarations the file can bind to by name (with those bound implicitly; see
/// <c>SemanticContextIndex</c>). Binding a body depends only on declarations, so an edit inside a body
/// invalidates that file alone, and a signature edit only the files that can see the declaration.
/// </param>
/// <param name="ConfigurationHash">Hash of the rules and settings in force.</param>
/// <param name="ToolVersion">DebtRadar's version and metric definition versions.</param>
public sealed record FileResultKey(string ContentHash, string ProjectInputsHash, string ConfigurationHash, string ToolVersion)
{
    /// <summary>One string that identifies the key, fit for a database id.</summary>
    public string Id => $"{ContentHash}:{ProjectInputsHash}:{ConfigurationHash}:{ToolVersion}";
}

/// <summary>Where the engine finds results of files it has measured before (incremental scans).</summary>
public interface IFileResultCache
{
    /// <summary>The stored result for the key, or null.</summary>
    FileResult? TryGet(FileResultKey key);

    /// <summary>Remembers a fresh result; persisting it may wait for the snapshot's transaction.</summary>
    void Add(FileResultKey key, FileResult result);
}
