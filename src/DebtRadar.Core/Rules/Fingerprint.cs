using System.Security.Cryptography;
using System.Text;

namespace DebtRadar.Core.Rules;

/// <summary>
/// A finding's identity across scans: rule, path, type, member and the flagged code with all
/// whitespace and comments removed. Line numbers are left out so that code moving up or down
/// (or being re-indented) keeps its findings "existing" rather than "new".
/// </summary>
internal static class Fingerprint
{
    public static string Compute(string ruleId, string path, string? type, string? member, string anchor)
    {
        var text = string.Join('\u001f', ruleId, path, type ?? string.Empty, member ?? string.Empty, anchor);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }
}
