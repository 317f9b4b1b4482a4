using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Schemas;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Language;

/// <summary>
/// Bounded, seeded fuzzing: random and mutated documents must parse (then print, re-parse and validate) or fail with a
/// <see cref="GraphQLSyntaxException"/> — never another exception, a hang or a stack overflow.
/// Each test checks <see cref="Documents"/> documents (4,000; <c>GRAPHQL_FUZZ_DOCUMENTS=n</c> for a longer campaign).
/// Findings are recorded in the README's schema section.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly int Documents =
        int.TryParse(Environment.GetEnvironmentVariable("GRAPHQL_FUZZ_DOCUMENTS"), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 4000;

    private const string Seed = """"
        query Q($id: ID! = "x", $list: [Int!] = [1, 2]) @dir {
          dog(id: $id) { name ... on Dog { barkVolume } ...F @include(if: true) }
          findDog(searchBy: { name: "Fido", owner: """block""" }) { nickname }
        }
        fragment F on Dog { owner { name pets { name } } }
        type T implements I & J @d { f(a: Int = 1): [String!]! "desc" g: T }
        input In @oneOf { a: Int b: String }
        enum E { A B @deprecated(reason: "x") }
        directive @d(x: Float = 1.5e3) repeatable on FIELD | OBJECT
        extend schema { subscription: S }
        """";

    private const string Alphabet = "{}()[]:!$@&|=.,\"\\ \n\t#abcxyzABC_019-+eE\u00e9\U0001F600";

    [Fact]
    public void Random_documents_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(20261121);
        for (var i = 0; i < Documents; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 120);
            for (var c = 0; c < length; c++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            Check(builder.ToString());
        }
    }

    [Fact]
    public void Mutated_valid_documents_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(42);
        for (var i = 0; i < Documents; i++)
        {
            var text = new StringBuilder(Seed);
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits && text.Length > 0; e++)
            {
                var position = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text.Remove(position, Math.Min(random.Next(1, 12), text.Length - position));
                        break;
                    case 1:
                        text.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    case 2:
                        var start = random.Next(text.Length);
                        var count = Math.Min(random.Next(1, 30), text.Length - start);
                        text.Insert(position, text.ToString(start, count));
                        break;
                    default:
                        text[position] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            Check(text.ToString());
        }
    }

    private static void Check(string source)
    {
        try
        {
            var document = Parser.Parse(source);
            var printed = Printer.Print(document);
            Parser.Parse(printed);
            DocumentValidator.Validate(PetSchema.Instance, document);
        }
        catch (GraphQLSyntaxException exception)
        {
            Assert.StartsWith("Syntax Error: ", exception.Message, StringComparison.Ordinal);
            Assert.True(exception.Line >= 1 && exception.Column >= 1, $"bad position for: {source}");
        }
        catch (Exception exception)
        {
            Assert.Fail($"{exception.GetType().Name}: {exception.Message}\nfor document:\n{source}");
        }
    }
}
