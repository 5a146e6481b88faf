using System.Text;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Cli;

/// <summary>Output files: format from the extension, and writes that never leave half a file behind.</summary>
internal static class OutputFiles
{
    public static TableFormat? FormatOf(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Csv,
        ".json" => TableFormat.Json,
        _ => null,
    };

    /// <summary>Writes to a temporary file beside the target, then moves it over the target.</summary>
    public static void WriteAtomically(FileInfo file, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(write);
        var folder = file.Directory ?? new DirectoryInfo(Directory.GetCurrentDirectory());
        folder.Create();
        var temporary = Path.Combine(folder.FullName, $".{file.Name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
