using System.Text;

namespace DebtRadar.SyntheticCorpus;

/// <summary>Writes a generated solution to disk as an .slnx with one SDK-style class library per project.</summary>
public static class SolutionWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the solution under <paramref name="directory"/> (created if needed) and returns the .slnx path.</summary>
    public static string Write(SyntheticSolution solution, string directory)
    {
        ArgumentNullException.ThrowIfNull(solution);
        Directory.CreateDirectory(directory);

        // An empty Directory.Build.props stops MSBuild from importing whatever lies above the output folder.
        WriteText(Path.Combine(directory, "Directory.Build.props"), "<Project>\n</Project>\n");
        var slnx = new StringBuilder("<Solution>\n");
        foreach (var project in solution.Projects)
        {
            var folder = Path.Combine(directory, "src", project.Name);
            slnx.Append("  <Project Path=\"src/").Append(project.Name).Append('/').Append(project.Name).Append(".csproj\" />\n");
            WriteText(Path.Combine(folder, project.Name + ".csproj"), ProjectFile(project));
            foreach (var file in project.Files)
            {
                WriteText(Path.Combine(folder, file.RelativePath), file.Text);
            }
        }

        var path = Path.Combine(directory, solution.Name + ".slnx");
        WriteText(path, slnx.Append("</Solution>\n").ToString());
        return path;
    }

    private static string ProjectFile(SyntheticProject project)
    {
        // Implicit usings are off: every file states its usings, so in-memory compilations match the build.
        var text = new StringBuilder()
            .Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n")
            .Append("  <PropertyGroup>\n")
            .Append("    <TargetFramework>net10.0</TargetFramework>\n")
            .Append("    <Nullable>enable</Nullable>\n")
            .Append("    <ImplicitUsings>disable</ImplicitUsings>\n")
            .Append("  </PropertyGroup>\n");
        if (project.References.Length > 0)
        {
            text.Append("  <ItemGroup>\n");
            foreach (var reference in project.References)
            {
                text.Append("    <ProjectReference Include=\"../").Append(reference).Append('/').Append(reference).Append(".csproj\" />\n");
            }

            text.Append("  </ItemGroup>\n");
        }

        return text.Append("</Project>\n").ToString();
    }

    private static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
    }
}
