using System.Text;
using DebtRadar.History.Git;

namespace DebtRadar.History.Members;

/// <summary>
/// File contents at past commits through ONE long-lived <c>git cat-file --batch</c>: a blob id goes in on
/// standard input, <c>&lt;id&gt; blob &lt;size&gt;</c> and the bytes come back.
/// </summary>
internal sealed class CatFileBatch : IDisposable
{
    private readonly IGitSession session;
    private readonly BufferedStream output;
    private readonly byte[] one = new byte[1];

    private CatFileBatch(IGitSession session)
    {
        this.session = session;
        output = new BufferedStream(session.Output, 1 << 16);
    }

    public static CatFileBatch? Start(IGitProcessRunner runner, string workingDirectory) =>
        runner.Start(workingDirectory, GitArguments.With("cat-file", "--batch")) is { } session ? new CatFileBatch(session) : null;

    /// <summary>The blob's text (UTF-8, a BOM honoured), or null when git does not have it.</summary>
    public async Task<string?> ReadAsync(string blobId, CancellationToken cancellationToken)
    {
        await session.Input.WriteAsync(Encoding.ASCII.GetBytes(blobId + "\n"), cancellationToken).ConfigureAwait(false);
        await session.Input.FlushAsync(cancellationToken).ConfigureAwait(false);

        var header = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return null;
        }

        // "<id> blob <size>" or "<id> missing".
        var lastSpace = header.LastIndexOf(' ');
        if (!header.Contains(" blob ", StringComparison.Ordinal)
            || !int.TryParse(header.AsSpan(lastSpace + 1), System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        var content = new byte[size + 1];
        await output.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
        var bytes = content.AsSpan(0, size);
        var bom = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
    }

    public void Dispose()
    {
        session.Dispose();
        output.Dispose();
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>(64);
        while (true)
        {
            if (await output.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString([.. line]);
            }

            line.Add(one[0]);
        }
    }
}
