using System.Text.Json.Serialization;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// The load cache's JSON contracts, generated at build time: a rescan reads the cache before anything
/// else, and reflection over these records (with the accessors it emits) cost it tens of milliseconds
/// of start-up. The JSON is the one reflection wrote (same names, not indented), so files stay valid.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(CachedLoad))]
[JsonSerializable(typeof(Dictionary<string, DegradationCheck.Outcome>))]
internal sealed partial class LoadCacheJson : JsonSerializerContext;
