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
/// result's key (see docs/decisions/0049-per-file-result-keys.md and 0052-finer-keys-for-partial-types.md).
/// </summary>
/// <remarks>
/// One pass over the project's trees indexes the surface (every token outside member bodies, as in
/// <see cref="DeclarationSurface"/>) by declaration: each type header, member signature, enum member
/// and delegate is an entry filed under the simple name code uses to reach it (constructors apart from
/// their type's name), and carries the names its own meaning depends on (the identifiers in it, its
/// containing types). A file's context is the entries of every identifier it contains, closed over
/// those names, plus the entries the compiler binds without a name in the file (<see cref="ImplicitNames"/>,
/// operators, conversions, indexers, global usings, assembly attributes, top-level statements) and, for
/// each type the file declares, what the measurements read of its other parts (<see cref="TypeParts"/>;
/// partial types, and duplicates the compiler merges). Two versions of a project that give a file the
/// same context bind it alike.
/// </remarks>
internal sealed partial class SemanticContextIndex
{
    /// <summary>The pseudo-name under which entries bound without a name are filed; every file's context includes it.</summary>
    private const string Always = "\0always";

    /// <summary>The pseudo-name of global using directives: an alias there can name any type, so what they name counts with its constructors.</summary>
    private const string GlobalUsings = "\0global using";

    /// <summary>Appended to a type's name, the name its constructors and destructor are filed under.</summary>
    private const string Constructors = "\0new";

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
    private readonly FrozenDictionary<string, string> _constructorKeys;
    private readonly FrozenDictionary<string, TypeParts> _types;
    private readonly Dictionary<SyntaxTree, (string Path, string[] Types)> _typesByTree;
    private readonly bool _paramsCollections;
    private readonly bool _stringHandlers;

    private SemanticContextIndex(
        FrozenDictionary<string, NameEntry> names,
        FrozenDictionary<string, TypeParts> types,
        Dictionary<SyntaxTree, (string Path, string[] Types)> typesByTree,
        string surfaceHash,
        (bool ParamsCollections, bool StringHandlers) implicitCreation)
    {
        _names = names;
        (_paramsCollections, _stringHandlers) = implicitCreation;
        _attributeStems = names.Keys.Where(n => n.Length > "Attribute".Length && n.EndsWith("Attribute", StringComparison.Ordinal))
            .Select(n => n[..^"Attribute".Length]).ToFrozenSet(StringComparer.Ordinal);
        _constructorKeys = names.Keys.Where(n => n.EndsWith(Constructors, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[..^Constructors.Length], n => n, StringComparer.Ordinal);
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
        var parts = new Dictionary<string, (string First, HashSet<string> Paths, SortedSet<string> Shapes)>(StringComparer.Ordinal);
        var byTree = new Dictionary<SyntaxTree, (string Path, string[] Types)>();
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

            foreach (var (fullName, shapes) in walk.TypeParts)
            {
                if (!parts.TryGetValue(fullName, out var type))
                {
                    // Trees come in compilation order, and a tree's parts in source order: the first seen is the first declaration.
                    parts[fullName] = type = (walk.Path, new HashSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                }

                type.Paths.Add(walk.Path);
                type.Shapes.UnionWith(shapes);
            }

            byTree[tree] = (walk.Path, [.. walk.TypeParts.Select(p => p.FullName).Distinct(StringComparer.Ordinal)]);
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

        var types = parts.ToFrozenDictionary(
            p => p.Key,
            p => new TypeParts(p.Value.First, p.Value.Paths, SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', p.Value.Shapes)))),
            StringComparer.Ordinal);

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
            Convert.ToHexStringLower(surface.GetHashAndReset()),
            (walks.Any(w => w.DeclaresParamsCollection), walks.Any(w => w.DeclaresHandlerMembers)));
    }

    /// <summary>
    /// The hash of everything in the project that <paramref name="tree"/> can bind to: the entries of the
    /// names it contains and of the names they depend on, the always-bound entries, and what the
    /// measurements read of the other parts of the types it declares (<see cref="TypeParts"/>).
    /// </summary>
    public string ContextOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var createsUnnamed = _paramsCollections;
        Visit(Always, constructors: false, seen, pending);
        Visit(GlobalUsings, constructors: false, seen, pending);
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                Visit(token.ValueText, constructors: true, seen, pending);
            }

            createsUnnamed = createsUnnamed || CreatesObjectWithoutNamingItsType(token);
        }

        while (pending.TryPop(out var name))
        {
            if (_names.TryGetValue(name, out var entry))
            {
                foreach (var follow in entry.Follow)
                {
                    Visit(follow, createsUnnamed || name == GlobalUsings, seen, pending);
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

        if (_typesByTree.TryGetValue(tree, out var declared))
        {
            foreach (var type in declared.Types)
            {
                var parts = _types[type];
                var elsewhere = parts.Paths.Count > 1 || !parts.Paths.Contains(declared.Path);
                Append(buffer, "type " + type + "\0first " + parts.First + "\0elsewhere " + elsewhere);
                buffer.Write(parts.Shapes);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>
    /// Names the file and the names it reaches, with the attribute form of each (<c>[Foo]</c> binds
    /// <c>FooAttribute</c>), and with the constructors of each when <paramref name="constructors"/>.
    /// </summary>
    /// <remarks>Only names some declaration has are worth the lookup: an absent name adds nothing to the context.</remarks>
    private void Visit(string name, bool constructors, HashSet<string> seen, Stack<string> pending)
    {
        Add(name, seen, pending);
        if (constructors && _constructorKeys.TryGetValue(name, out var key))
        {
            Add(key, seen, pending);
        }

        if (_attributeStems.Contains(name))
        {
            var attribute = name + "Attribute";
            Add(attribute, seen, pending);
            if (constructors && _constructorKeys.TryGetValue(attribute, out var attributeKey))
            {
                Add(attributeKey, seen, pending);
            }
        }

        static void Add(string name, HashSet<string> seen, Stack<string> pending)
        {
            if (seen.Add(name))
            {
                pending.Push(name);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="token"/> starts code that can call a constructor of a type the file does
    /// not name: the type of a target-typed <c>new()</c>, a collection expression or a <c>with</c>
    /// expression comes from a signature the file reaches; a constructor initializer, an instance
    /// constructor (its implicit <c>base()</c>) or a primary constructor calls the base type's, which
    /// another part of the type may declare; an interpolated string handler is created by the call
    /// (so is a <c>params</c> collection: see the caller). A file with such code counts the
    /// constructors of every name it reaches, others those of the names they contain.
    /// </summary>
    private bool CreatesObjectWithoutNamingItsType(SyntaxToken token) =>
        (SyntaxKind)token.RawKind switch
        {
            SyntaxKind.NewKeyword => token.Parent is ImplicitObjectCreationExpressionSyntax,
            SyntaxKind.OpenBracketToken => token.Parent is CollectionExpressionSyntax,
            SyntaxKind.WithKeyword => token.Parent is WithExpressionSyntax,
            SyntaxKind.BaseKeyword or SyntaxKind.ThisKeyword => token.Parent is ConstructorInitializerSyntax,
            SyntaxKind.IdentifierToken => token.Parent is ConstructorDeclarationSyntax constructor
                && constructor.Identifier == token && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword),
            SyntaxKind.OpenParenToken => token.Parent is ParameterListSyntax { Parent: TypeDeclarationSyntax },
            _ => _stringHandlers && token.Parent is InterpolatedStringExpressionSyntax,
        };

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

    /// <summary>
    /// What a file's measurements read of the other declarations of a type it declares, beyond the
    /// members and headers they reach by name (docs/decisions/0052-finer-keys-for-partial-types.md):
    /// whether another file declares the type (a type declared once gets a maintainability index), which
    /// part comes first (an empty type counts 1 for its implicit constructor in its first part) and
    /// whether it has methods anywhere (<c>MsTypeLevel</c>), which follows from the set of its members' shapes.
    /// </summary>
    /// <param name="First">The path of the file that holds the first declaration, in compilation order.</param>
    /// <param name="Paths">The paths of every file that declares the type.</param>
    /// <param name="Shapes">A hash of the distinct shapes of the members of all its declarations.</param>
    private sealed record TypeParts(string First, HashSet<string> Paths, byte[] Shapes);

    private sealed record DeclarationEntry(string Name, byte[] Hash, IReadOnlyCollection<string> Follow);

    /// <summary>Where a declaration sits: its namespaces and containing types, and the using directives in scope.</summary>
    /// <param name="Text">The namespaces and containing types as text, part of each entry's hash.</param>
    /// <param name="Usings">
    /// The extern aliases and using directives of the file and of the enclosing namespaces, as text: part of
    /// the hash of an entry that contains a name (they bind nothing else).
    /// </param>
    /// <param name="TypeName">The metadata-like name of the innermost type (namespace, types with arity), or empty.</param>
    /// <param name="Follow">Names the context depends on: the containing types, an extension block's receiver.</param>
    private sealed record Container(string Text, string Usings, string TypeName, IReadOnlyList<string> Follow)
    {
        public static Container None { get; } = new(string.Empty, string.Empty, string.Empty, []);
    }
}
