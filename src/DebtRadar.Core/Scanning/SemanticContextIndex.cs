using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// Which of a project's declarations each file can bind to, as a hash: the per-file part of a cached
/// result's key (see docs/decisions/0049-per-file-result-keys.md).
/// </summary>
/// <remarks>
/// One pass over the project's trees indexes the surface (every token outside member bodies, as in
/// <see cref="DeclarationSurface"/>) by declaration: each type header, member signature, enum member
/// and delegate is an entry filed under the simple name code uses to reach it, and carries the names
/// its own meaning depends on (the identifiers in it, its containing types). A file's context is the
/// entries of every identifier it contains, closed over those names, plus the entries the compiler
/// binds without a name in the file (<see cref="ImplicitNames"/>, operators, conversions, indexers,
/// global usings, assembly attributes, top-level statements) and, for each type the file declares, where
/// every part of that type is and what kinds of members it has (partial types, and duplicates the
/// compiler merges). Two versions of a project that give a file the same context bind it alike.
/// </remarks>
internal sealed class SemanticContextIndex
{
    /// <summary>The pseudo-name under which entries bound without a name are filed; every file's context includes it.</summary>
    private const string Always = "\0always";

    /// <summary>
    /// Members the language calls by name without the name in the code: foreach, await, using, fixed,
    /// deconstruction, collection initialisers, query expressions, index and range access, list
    /// patterns, interpolated string handlers and async method builders.
    /// </summary>
    internal static readonly FrozenSet<string> ImplicitNames = new[]
    {
        "GetEnumerator", "GetAsyncEnumerator", "MoveNext", "MoveNextAsync", "Current", "Dispose", "DisposeAsync",
        "GetAwaiter", "GetResult", "IsCompleted", "OnCompleted", "UnsafeOnCompleted",
        "Add", "AddRange", "Deconstruct",
        "Select", "SelectMany", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending",
        "GroupBy", "Join", "GroupJoin", "Cast",
        "Slice", "Length", "Count", "Item", "GetPinnableReference",
        "AppendLiteral", "AppendFormatted",
        "Create", "Start", "Task", "SetResult", "SetException", "SetStateMachine", "AwaitOnCompleted", "AwaitUnsafeOnCompleted",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, NameEntry> _names;
    private readonly FrozenSet<string> _attributeStems;
    private readonly FrozenDictionary<string, byte[]> _types;
    private readonly Dictionary<SyntaxTree, string[]> _typesByTree;

    private SemanticContextIndex(
        FrozenDictionary<string, NameEntry> names,
        FrozenDictionary<string, byte[]> types,
        Dictionary<SyntaxTree, string[]> typesByTree,
        string surfaceHash)
    {
        _names = names;
        _attributeStems = names.Keys.Where(n => n.Length > "Attribute".Length && n.EndsWith("Attribute", StringComparison.Ordinal))
            .Select(n => n[..^"Attribute".Length]).ToFrozenSet(StringComparer.Ordinal);
        _types = types;
        _typesByTree = typesByTree;
        SurfaceHash = surfaceHash;
    }

    /// <summary>A hash of the whole surface: every entry of every file, with the file's repository-relative path.</summary>
    public string SurfaceHash { get; }

    /// <summary>How many distinct names the index holds.</summary>
    public int NameCount => _names.Count;

    /// <summary>Indexes <paramref name="trees"/> (in compilation order), each file named by <paramref name="pathOf"/>.</summary>
    public static SemanticContextIndex Build(IReadOnlyList<SyntaxTree> trees, Func<string, string> pathOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(pathOf);
        var walks = new TreeIndex[trees.Count];
        Parallel.For(0, trees.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            walks[i] = TreeIndex.Walk(trees[i], pathOf(trees[i].FilePath), cancellationToken);
        });

        var entries = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        var follows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var namespaces = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var parts = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        var byTree = new Dictionary<SyntaxTree, string[]>();
        foreach (var (walk, tree) in walks.Zip(trees))
        {
            foreach (var entry in walk.Entries)
            {
                Bucket(entries, entry.Name).Add(entry.Hash);
                if (!follows.TryGetValue(entry.Name, out var follow))
                {
                    follows[entry.Name] = follow = new HashSet<string>(StringComparer.Ordinal);
                }

                follow.UnionWith(entry.Follow);
            }

            foreach (var (segment, fullName) in walk.Namespaces)
            {
                if (!namespaces.TryGetValue(segment, out var set))
                {
                    namespaces[segment] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(fullName);
            }

            foreach (var (fullName, part) in walk.TypeParts)
            {
                Bucket(parts, fullName).Add(Encoding.UTF8.GetBytes(walk.Path + "\0" + part + "\0"));
            }

            byTree[tree] = [.. walk.TypeParts.Select(p => p.FullName).Distinct(StringComparer.Ordinal)];
        }

        var names = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
        foreach (var name in entries.Keys.Union(namespaces.Keys, StringComparer.Ordinal))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var entry in entries.GetValueOrDefault(name) ?? [])
            {
                hash.AppendData(entry);
            }

            foreach (var ns in namespaces.GetValueOrDefault(name) ?? [])
            {
                hash.AppendData(Encoding.UTF8.GetBytes("namespace " + ns + "\0"));
            }

            names[name] = new NameEntry(hash.GetHashAndReset(), [.. follows.GetValueOrDefault(name) ?? []]);
        }

        var types = parts.ToFrozenDictionary(p => p.Key, p => SHA256.HashData(p.Value.SelectMany(b => b).ToArray()), StringComparer.Ordinal);

        // The whole surface, for projects that depend on this one: each file's entries, files in path order.
        using var surface = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var walk in walks.OrderBy(w => w.Path, StringComparer.Ordinal))
        {
            surface.AppendData(Encoding.UTF8.GetBytes(walk.Path + "\0"));
            surface.AppendData(walk.SurfaceHash);
        }

        return new SemanticContextIndex(
            names.ToFrozenDictionary(StringComparer.Ordinal),
            types,
            byTree,
            Convert.ToHexStringLower(surface.GetHashAndReset()));
    }

    /// <summary>
    /// The hash of everything in the project that <paramref name="tree"/> can bind to: the entries of the
    /// names it contains and of the names they depend on, the always-bound entries, and the parts of the
    /// types it declares.
    /// </summary>
    public string ContextOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        Visit(Always, seen, pending);
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                Visit(token.ValueText, seen, pending);
            }
        }

        while (pending.TryPop(out var name))
        {
            if (_names.TryGetValue(name, out var entry))
            {
                foreach (var follow in entry.Follow)
                {
                    Visit(follow, seen, pending);
                }
            }
        }

        var matched = seen.Where(_names.ContainsKey).Order(StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        foreach (var name in matched)
        {
            Append(buffer, name);
            buffer.Write(_names[name].Hash);
        }

        foreach (var type in _typesByTree.GetValueOrDefault(tree) ?? [])
        {
            Append(buffer, "type " + type);
            buffer.Write(_types[type]);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Names the file and the names it reaches, with the attribute form of each (<c>[Foo]</c> binds <c>FooAttribute</c>).</summary>
    /// <remarks>Only names some declaration has are worth the lookup: an absent name adds nothing to the context.</remarks>
    private void Visit(string name, HashSet<string> seen, Stack<string> pending)
    {
        if (!seen.Add(name))
        {
            return;
        }

        pending.Push(name);
        if (_attributeStems.Contains(name))
        {
            var attribute = name + "Attribute";
            if (seen.Add(attribute))
            {
                pending.Push(attribute);
            }
        }
    }

    private static List<byte[]> Bucket(Dictionary<string, List<byte[]>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            buckets[key] = list = [];
        }

        return list;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = 0;
        buffer.Advance(written + 1);
    }

    private sealed record NameEntry(byte[] Hash, string[] Follow);

    private sealed record DeclarationEntry(string Name, byte[] Hash, IReadOnlyCollection<string> Follow);

    /// <summary>Where a declaration sits: its namespaces and containing types, and the file's using directives.</summary>
    /// <param name="Text">The context as text, part of each entry's hash.</param>
    /// <param name="TypeName">The metadata-like name of the innermost type (namespace, types with arity), or empty.</param>
    /// <param name="Follow">Names the context depends on: the containing types, an extension block's receiver.</param>
    private sealed record Container(string Text, string TypeName, IReadOnlyList<string> Follow);

    /// <summary>One file's entries, in source order.</summary>
    private sealed class TreeIndex
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4 * 1024);

        private TreeIndex(string path) => Path = path;

        public string Path { get; }

        public List<DeclarationEntry> Entries { get; } = [];

        public List<(string Segment, string FullName)> Namespaces { get; } = [];

        /// <summary>
        /// Every type declared here, each part as its file and the kinds of its members. Of another part
        /// of a type it declares, a file's measurements read only which part comes first and whether
        /// the type has methods (<c>MsTypeLevel</c>); members of other parts are reached by name.
        /// </summary>
        public List<(string FullName, string Part)> TypeParts { get; } = [];

        public byte[] SurfaceHash { get; private set; } = [];

        public static TreeIndex Walk(SyntaxTree tree, string path, CancellationToken cancellationToken)
        {
            var index = new TreeIndex(path);
            var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
            foreach (var directive in root.Usings.Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.None)))
            {
                index.Add(Always, directive, new Container(string.Empty, string.Empty, []), declared: null);
            }

            foreach (var attributes in root.AttributeLists)
            {
                index.Add(Always, attributes, new Container(string.Empty, string.Empty, []), declared: null);
            }

            var file = new Container("usings " + Tokens(root.Externs) + Tokens(root.Usings) + "\0", string.Empty, []);
            foreach (var member in root.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                index.Visit(member, file, string.Empty);
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text));
            foreach (var entry in index.Entries)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(entry.Name + "\0"));
                hash.AppendData(entry.Hash);
            }

            foreach (var (_, fullName) in index.Namespaces)
            {
                hash.AppendData(Encoding.UTF8.GetBytes("namespace " + fullName + "\0"));
            }

            index.SurfaceHash = hash.GetHashAndReset();
            return index;
        }

        private void Visit(MemberDeclarationSyntax member, Container container, string ns)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    var name = string.Concat(space.Name.DescendantTokens().Select(t => t.Text));
                    var full = ns.Length == 0 ? name : ns + "." + name;
                    var prefix = ns;
                    foreach (var segment in name.Split('.'))
                    {
                        prefix = prefix.Length == 0 ? segment : prefix + "." + segment;
                        Namespaces.Add((segment, prefix));
                    }

                    var inner = container with { Text = container.Text + "namespace " + name + " " + Tokens(space.Externs) + Tokens(space.Usings) + "\0" };
                    foreach (var child in space.Members)
                    {
                        Visit(child, inner, full);
                    }

                    break;
                case EnumDeclarationSyntax enumeration:
                    // The header holds the members: an implicit value follows from the members before it.
                    Add(enumeration.Identifier.ValueText, enumeration, container, enumeration);
                    var enumContainer = Nested(container, enumeration, ns);
                    foreach (var (value, position) in enumeration.Members.Select((m, i) => (m, i)))
                    {
                        Add(value.Identifier.ValueText, value, enumContainer with { Text = enumContainer.Text + "#" + position + "\0" }, value);
                    }

                    break;
                case BaseTypeDeclarationSyntax type:
                    VisitType(type, container, ns);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    Add(@delegate.Identifier.ValueText, @delegate, container, @delegate);
                    break;
                case MethodDeclarationSyntax method:
                    Add(Key(method.Identifier.ValueText), method, container, method);
                    break;
                case ConstructorDeclarationSyntax constructor:
                    // Filed under the type's name: `new T(…)` names it, and a target-typed `new()` reaches
                    // it through the signature that names T.
                    Add(constructor.Identifier.ValueText, constructor, container, constructor);
                    break;
                case DestructorDeclarationSyntax destructor:
                    Add(destructor.Identifier.ValueText, destructor, container, destructor);
                    break;
                case PropertyDeclarationSyntax property:
                    Add(Key(property.Identifier.ValueText), property, container, property);
                    break;
                case EventDeclarationSyntax @event:
                    Add(Key(@event.Identifier.ValueText), @event, container, @event);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        Add(Key(variable.Identifier.ValueText), field, container, field);
                    }

                    break;
                default:
                    // Operators, conversions, indexers, top-level statements and anything unforeseen:
                    // bound without their name in the code, so every file sees them.
                    Add(Always, member, container, member);
                    break;
            }
        }

        private void VisitType(BaseTypeDeclarationSyntax type, Container container, string ns)
        {
            var inner = Nested(container, type, ns);
            if (type.Identifier.ValueText.Length == 0)
            {
                // An extension block: its receiver is part of what each of its members means.
                var header = Header(type);
                inner = container with
                {
                    Text = container.Text + "extension " + header + "\0",
                    Follow = [.. container.Follow, .. FollowNames(type, type, header: true)],
                };
            }
            else
            {
                Add(type.Identifier.ValueText, type, container, type, header: true);
                if (type is RecordDeclarationSyntax { ParameterList: { } positional })
                {
                    // Positional parameters are properties reached by their own names.
                    foreach (var parameter in positional.Parameters)
                    {
                        Add(Key(parameter.Identifier.ValueText), type, container, type, header: true);
                    }
                }
            }

            if (type is TypeDeclarationSyntax withMembers)
            {
                foreach (var member in withMembers.Members)
                {
                    Visit(member, inner, ns);
                }
            }
        }

        private Container Nested(Container container, BaseTypeDeclarationSyntax type, string ns)
        {
            var arity = type is TypeDeclarationSyntax { TypeParameterList: { } parameters } ? "`" + parameters.Parameters.Count : string.Empty;
            var name = type.Identifier.ValueText + arity;
            var typeName = container.TypeName.Length > 0 ? container.TypeName + "+" + name : ns.Length > 0 ? ns + "." + name : name;
            if (type.Identifier.ValueText.Length > 0)
            {
                var kinds = type switch
                {
                    TypeDeclarationSyntax withMembers => withMembers.Members.Select(m => m.Kind().ToString()),
                    EnumDeclarationSyntax enumeration => enumeration.Members.Select(m => m.Kind().ToString()),
                    _ => [],
                };
                TypeParts.Add((typeName, string.Join(',', kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))));
            }

            return new Container(
                container.Text + "type " + type.Kind() + " " + name + "\0",
                typeName,
                [.. container.Follow, type.Identifier.ValueText]);
        }

        private static string Key(string name) => ImplicitNames.Contains(name) ? Always : name;

        /// <summary>Files <paramref name="node"/>'s surface under <paramref name="name"/>.</summary>
        /// <param name="name">The name code reaches the declaration by.</param>
        /// <param name="node">The declaration (or directive, attribute list).</param>
        /// <param name="container">Where it is declared.</param>
        /// <param name="declared">The declaration whose own identifier is not a dependency, or null.</param>
        /// <param name="header">Leave nested members out (a type's header).</param>
        private void Add(string name, SyntaxNode node, Container container, SyntaxNode? declared, bool header = false)
        {
            _buffer.ResetWrittenCount();
            Write(container.Text);
            var follow = new HashSet<string>(container.Follow, StringComparer.Ordinal);
            foreach (var token in Surface(node, header))
            {
                Write(token.Text);
                if (Follows(token, declared) is { } followed)
                {
                    follow.Add(followed);
                }
            }

            var hash = SHA256.HashData(_buffer.WrittenSpan);
            Entries.Add(new DeclarationEntry(name, hash, follow));
        }

        private static IEnumerable<SyntaxToken> Surface(SyntaxNode node, bool header) =>
            node.DescendantTokens(n => !DeclarationSurface.IsBody(n) && (!header || n == node || n is not MemberDeclarationSyntax));

        private static string Header(SyntaxNode node) => string.Join(' ', Surface(node, header: true).Select(t => t.Text));

        /// <summary>
        /// The names a declaration's meaning depends on: every identifier it uses (types, constants,
        /// attributes), and the text of its string literals (an attribute can name a member, as
        /// <c>CollectionBuilder</c> does). Names it declares itself (parameters, type parameters,
        /// variables, its own name) are not dependencies.
        /// </summary>
        private static IEnumerable<string> FollowNames(SyntaxNode node, SyntaxNode? declared, bool header)
        {
            foreach (var token in Surface(node, header))
            {
                if (Follows(token, declared) is { } followed)
                {
                    yield return followed;
                }
            }
        }

        private static string? Follows(SyntaxToken token, SyntaxNode? declared) =>
            token.RawKind switch
            {
                (int)SyntaxKind.IdentifierToken when token.Parent is ParameterSyntax or TypeParameterSyntax or VariableDeclaratorSyntax
                    || (token.Parent == declared && token.Parent is MemberDeclarationSyntax or EnumMemberDeclarationSyntax) => null,
                (int)SyntaxKind.IdentifierToken or (int)SyntaxKind.StringLiteralToken => token.ValueText,
                _ => null,
            };

        private static string Tokens(IEnumerable<SyntaxNode> nodes) =>
            string.Join(' ', nodes.SelectMany(n => n.DescendantTokens()).Select(t => t.Text));

        private void Write(string text)
        {
            var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
            var written = Encoding.UTF8.GetBytes(text, span);
            span[written] = 0;
            _buffer.Advance(written + 1);
        }
    }
}
