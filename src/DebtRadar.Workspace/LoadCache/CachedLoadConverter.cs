using System.Collections.Immutable;
using DebtRadar.Workspace.MSBuild;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// Converts between what MSBuild evaluation produced (<see cref="LoadedProjects"/>) and its cached
/// form. Only what the measured compilation uses is kept: documents, metadata and project references,
/// parse and compilation options. Analyzers, generators, additional files and analyzer config files
/// are not, since measured compilations never get them (<see cref="MeasurementOptions"/>).
/// </summary>
internal static class CachedLoadConverter
{
    /// <summary>The cached form, or null (with the reason) when a project holds something that cannot be stored.</summary>
    public static (CachedLoad? Load, string? Reason) ToCache(LoadedProjects loaded, string root, string fingerprint)
    {
        var paths = new RootPaths(root);
        var projects = new List<CachedProject>();
        foreach (var info in loaded.Projects)
        {
            if (info.CompilationOptions is not CSharpCompilationOptions compilation || info.ParseOptions is not CSharpParseOptions parse || info.FilePath is null)
            {
                return (null, $"{info.Name} has no C# options");
            }

            var references = new List<CachedMetadataReference>();
            foreach (var reference in info.MetadataReferences)
            {
                if (reference is not PortableExecutableReference { FilePath: { } file })
                {
                    return (null, $"{info.Name} has an in-memory reference");
                }

                references.Add(new CachedMetadataReference(paths.ToStored(file), [.. reference.Properties.Aliases], reference.Properties.EmbedInteropTypes));
            }

            projects.Add(new CachedProject(
                info.Id.Id,
                info.Name,
                info.AssemblyName,
                paths.ToStored(info.FilePath),
                info.OutputFilePath is null ? null : paths.ToStored(info.OutputFilePath),
                info.OutputRefFilePath is null ? null : paths.ToStored(info.OutputRefFilePath),
                CachedOptions.From(compilation, paths),
                CachedOptions.From(parse),
                [.. info.Documents.Where(d => d.FilePath is not null).Select(d => Document(d, paths))],
                references,
                [.. info.ProjectReferences.Select(r => new CachedProjectReference(r.ProjectId.Id, [.. r.Aliases], r.EmbedInteropTypes))],
                [.. info.AnalyzerReferences.Select(r => r.FullPath).OfType<string>().Select(paths.ToStored)]));
        }

        return (new CachedLoad(
            LoadCacheFile.FormatVersion,
            fingerprint,
            projects,
            [.. loaded.FailedFiles.Select(f => new CachedFailure(paths.ToStored(f.Key), paths.Tokenize(f.Value)))],
            [.. loaded.Reports.Select(r => new CachedReport(r.Kind.ToString(), paths.Tokenize(r.Message)))]), null);
    }

    /// <summary>The evaluation result again, or null (with the reason) when a file it names is gone.</summary>
    public static (LoadedProjects? Loaded, string? Reason) FromCache(CachedLoad cached, string root)
    {
        var paths = new RootPaths(root);
        var metadata = new Dictionary<string, Lazy<AssemblyMetadata>>(Files.PathText.Comparer);
        Lazy<AssemblyMetadata> Shared(string file)
        {
            lock (metadata)
            {
                if (!metadata.TryGetValue(file, out var lazy))
                {
                    metadata[file] = lazy = new Lazy<AssemblyMetadata>(() => AssemblyMetadata.CreateFromFile(file));
                }

                return lazy;
            }
        }

        var infos = ImmutableArray.CreateBuilder<ProjectInfo>(cached.Projects.Count);
        var analyzerLoader = new AnalyzerLoader();
        foreach (var project in cached.Projects)
        {
            var id = ProjectId.CreateFromSerialized(project.Id, project.Name);
            var references = new List<MetadataReference>(project.References.Count);
            foreach (var reference in project.References)
            {
                var file = paths.ToFull(reference.Path);
                if (!File.Exists(file))
                {
                    return (null, $"the reference {file} of {project.Name} is gone");
                }

                references.Add(new LazyFileReference(file, new MetadataReferenceProperties(MetadataImageKind.Assembly, [.. reference.Aliases], reference.EmbedInteropTypes), Shared));
            }

            var documents = new List<DocumentInfo>(project.Documents.Count);
            foreach (var document in project.Documents)
            {
                var file = paths.ToFull(document.Path);
                if (document.Text is null && !File.Exists(file))
                {
                    return (null, $"the source file {file} of {project.Name} is gone");
                }

                var loader = document.Text is { } text
                    ? TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default, file))
                    : new FileTextLoader(file, defaultEncoding: null);
                documents.Add(DocumentInfo.Create(DocumentId.CreateNewId(id, file), Path.GetFileName(file), document.Folders, SourceCodeKind.Regular, loader, file));
            }

            var info = ProjectInfo.Create(
                    id,
                    VersionStamp.Default,
                    project.Name,
                    project.AssemblyName,
                    LanguageNames.CSharp,
                    filePath: paths.ToFull(project.FilePath),
                    outputFilePath: project.OutputFilePath is null ? null : paths.ToFull(project.OutputFilePath),
                    compilationOptions: CachedOptions.To(project.Compilation, paths),
                    parseOptions: CachedOptions.To(project.Parse),
                    documents: documents,
                    projectReferences: project.ProjectReferences.Select(r => new ProjectReference(ProjectId.CreateFromSerialized(r.Id), [.. r.Aliases], r.EmbedInteropTypes)),
                    metadataReferences: references,
                    analyzerReferences: project.Analyzers.Select(paths.ToFull).Where(File.Exists).Select(a => new AnalyzerFileReference(a, analyzerLoader)))
                .WithOutputRefFilePath(project.OutputRefFilePath is null ? null : paths.ToFull(project.OutputRefFilePath));
            infos.Add(info);
        }

        return (new LoadedProjects(
            infos.MoveToImmutable(),
            cached.Failed.ToImmutableDictionary(f => paths.ToFull(f.Path), f => paths.Detokenize(f.Reason), Files.PathText.Comparer),
            [.. cached.Reports.Select(r => (Enum.Parse<WorkspaceDiagnosticKind>(r.Kind), paths.Detokenize(r.Message)))],
            ImmutableDictionary<string, TimeSpan>.Empty), null);
    }

    private static CachedDocument Document(DocumentInfo document, RootPaths paths)
    {
        var stored = paths.ToStored(document.FilePath!);

        // Written by restore or design-time targets (AssemblyInfo, global usings): a fresh copy of
        // the repository lacks them, so their text travels with the cache.
        var text = RootPaths.IsBuildOutput(stored)
            ? File.Exists(document.FilePath) ? File.ReadAllText(document.FilePath!) : string.Empty
            : null;
        return new CachedDocument(stored, [.. document.Folders], text);
    }
}
