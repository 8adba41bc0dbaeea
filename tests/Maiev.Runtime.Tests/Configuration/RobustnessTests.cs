using System.Text;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>
/// Generated and mutated documents: the parser and resolver fail only with <see cref="ConfigException"/>,
/// never hang, and whatever resolves renders back to HOCON that resolves to the same tree.
/// </summary>
public sealed class RobustnessTests
{
    private const int Seed = 20261122;
    private const int Documents = 12_000;
    private const string Alphabet = "{}[]\"'=:,+#/$?.\n \t\\abcxyz0123456789-e${}\"\"\"";

    private static readonly string[] Corpus =
    [
        "a = 1\nb = ${a}\nc = ${?missing}\nd = [1, 2, ${a}]",
        "foo { bar = \"baz\", list = [ a, b ] }\nfoo.bar = ${foo.list} [c]",
        "path = [ /bin ]\npath = ${path} [ /usr/bin ]\npath += /sbin",
        "x = \"\"\"multi\nline\"\"\"\ny = 10s\nz = 512MiB\n// comment\n# comment",
        "data-center-generic = { cluster-size = 6 }\ndata-center-east = ${data-center-generic} { name = \"east\" }",
        "a : { b : { c : 1 } }\na : ${a.b}\na : { b : 2 }",
        "{ \"ints\" : { \"fortyTwo\" : 42 }, \"arrays\" : { \"empty\" : [], \"12\" : [1, 2] }, \"nulls\" : null }",
        "bar : { a : ${foo.d}, b : 1 }\nbar.b = 3\nfoo : { c : ${bar.b}, d : 2 }\nfoo.d = 4",
        "a = ${?a}foo\nb = ${a} ${a}\nc = true false null 1.5e3",
        "include \"nothing-here.conf\"\nk.\"quoted.key\".x = 1",
    ];

    [Fact]
    public async Task Thousands_of_generated_and_mutated_documents_fail_only_with_ConfigException()
    {
        // Arrange
        var random = new Random(Seed);
        var current = "";
        var accepted = 0;
        var failures = new List<string>();

        // Act
        var work = Task.Run(() =>
        {
            for (var i = 0; i < Documents; i++)
            {
                current = i % 3 == 0 ? Generate(random, 0) : Mutate(random, Corpus[random.Next(Corpus.Length)]);
                try
                {
                    if (Check(current))
                        accepted++;
                }
                catch (Exception e) when (e is not ConfigException)
                {
                    failures.Add($"document #{i} {Escape(current)} threw {e.GetType().Name}: {e.Message}");
                }
            }
        });
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(90)));

        // Assert
        Assert.True(finished == work, $"the parser hung (no result after 90 s) on: {Escape(current)}");
        await work;
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(accepted > Documents / 10, $"only {accepted} of {Documents} documents were valid; the generator is too destructive to test resolution");
    }

    /// <summary>Parses, resolves and round-trips; true when the document was valid.</summary>
    private static bool Check(string text)
    {
        Config resolved;
        try
        {
            resolved = HoconParser.Parse(text).Resolve(ConfigResolveOptions.WithEnvironment(new Dictionary<string, string> { ["HOME"] = "/h" }));
        }
        catch (ConfigException)
        {
            return false;
        }

        var json = resolved.ToJson(maskSecrets: false);
        var again = HoconParser.Parse(resolved.ToHocon(maskSecrets: false)).Resolve().ToJson(maskSecrets: false);
        if (json != again)
            throw new InvalidOperationException($"round trip changed the value:\n{json}\nvs\n{again}");
        return true;
    }

    private static string Mutate(Random random, string seed)
    {
        var sb = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                case 2: sb.Insert(at, sb.ToString(at, Math.Min(sb.Length - at, random.Next(1, 12)))); break;
                case 3: sb.Length = at; break;
                default: sb[at] = Alphabet[random.Next(Alphabet.Length)]; break;
            }
        }

        return sb.ToString();
    }

    private static string Generate(Random random, int depth)
    {
        var sb = new StringBuilder();
        var fields = random.Next(1, 5);
        for (var f = 0; f < fields; f++)
        {
            sb.Append(Key(random)).Append(random.Next(4) switch { 0 => " = ", 1 => ": ", 2 => " += ", _ => " " });
            sb.Append(Value(random, depth)).Append(random.Next(2) == 0 ? "\n" : ", ");
        }

        return sb.ToString();
    }

    private static string Key(Random random) => random.Next(5) switch
    {
        0 => "a",
        1 => "b.c",
        2 => "\"q.k\"",
        3 => "a.b",
        _ => "list",
    };

    private static string Value(Random random, int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => random.Next(-5, 500).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "\"s\\n\"",
        2 => "${" + Key(random) + "}",
        3 => "${?" + Key(random) + "}",
        4 => "word and ${?a}",
        5 => "10 ms",
        6 => "{ " + Generate(random, depth + 1) + " }",
        7 => "[ " + Value(random, depth + 1) + ", " + Value(random, depth + 1) + " ]",
        _ => Value(random, depth + 1) + " " + Value(random, depth + 1),
    };

    private static string Escape(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
