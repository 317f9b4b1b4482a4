using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>The parser against the spec's grammar: kitchen sinks, strings, numbers, errors with positions, limits.</summary>
public sealed class ParserTests
{
    private const string KitchenSink = """
        query queryName($foo: ComplexType, $site: Site = MOBILE, $nonNull: [Int!]! = [1, 2]) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: "block string uses \"\"\"", float: 1.5e-3})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }
        """;

    private const string SchemaKitchenSink = """"
        "The schema."
        schema @onSchema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
          eight(argument: OneOfInputType): Type
        }

        extend type Foo @onType

        interface Bar implements Two @onInterface {
          one: Type
          four(argument: String = "string"): String @deprecated(reason: "gone")
        }

        extend interface Bar implements Two

        union Feed = | Story | Article | Advert

        extend union Feed = Photo | Video

        scalar CustomScalar @specifiedBy(url: "https://example.com")

        extend scalar CustomScalar @onScalar

        enum Site @onEnum {
          "This is a description of the `DESKTOP` value"
          DESKTOP
          MOBILE @deprecated
        }

        extend enum Site { VR }

        input InputType {
          key: String!
          answer: Int = 42
        }

        input OneOfInputType @oneOf {
          string: String
          int: Int
        }

        extend input InputType { other: Float = 1.23e4 @onInputFieldDefinition }

        extend schema @onSchema { subscription: SubscriptionType }

        "This is a description of the `@include` directive"
        directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on | OBJECT | INTERFACE
        """";

    [Fact]
    public void Parses_every_executable_construct_of_the_grammar()
    {
        var document = Parser.Parse(KitchenSink);

        Assert.Equal(5, document.Definitions.Count);
        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("queryName", query.Name);
        Assert.Equal(3, query.VariableDefinitions.Count);
        Assert.IsType<NonNullTypeNode>(query.VariableDefinitions[2].Type);
        var subscription = Assert.IsType<OperationDefinitionNode>(document.Definitions[2]);
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("onVariableDefinition", subscription.VariableDefinitions[0].Directives[0].Name);
        var anonymous = Assert.IsType<OperationDefinitionNode>(document.Definitions[4]);
        Assert.Null(anonymous.Name);
        Assert.Equal("query", Assert.IsType<FieldNode>(anonymous.SelectionSet.Selections[1]).Name);
    }

    [Fact]
    public void Printing_a_parsed_document_and_parsing_it_again_is_stable()
    {
        foreach (var source in new[] { KitchenSink, SchemaKitchenSink })
        {
            var printed = Printer.Print(Parser.Parse(source));

            Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        }
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension()
    {
        var document = Parser.Parse(SchemaKitchenSink);

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The schema.", schema.Description);
        var foo = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description);
        Assert.Equal(["Bar", "Baz", "Two"], foo.Interfaces.Select(i => i.Name));
        Assert.True(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]).IsExtension);
        Assert.Equal(["Two"], Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[3]).Interfaces.Select(i => i.Name));
        Assert.Equal(["Story", "Article", "Advert"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[5]).Types.Select(t => t.Name));
        Assert.IsType<ScalarTypeExtensionNode>(document.Definitions[8]);
        Assert.IsType<SchemaExtensionNode>(document.Definitions[14]);
        var repeatable = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[^1]);
        Assert.True(repeatable.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], repeatable.Locations);
    }

    [Theory]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u00e9t\\u00E9\"", "été")]
    [InlineData("\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "esc \" \\ / \b \f \n \r \t")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"contains \\\"\"\" triple quotes\"\"\"", "contains \"\"\" triple quotes")]
    [InlineData("\"\"\"\r\n  windows\r\n  lines\r\n\"\"\"", "windows\nlines")]
    public void Decodes_string_and_block_string_values_per_the_spec(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(literal));

        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData("{", 1, 2, "Syntax Error: Expected Name, found <EOF>.")]
    [InlineData("{ a(b: 00) }", 1, 9, "Syntax Error: Invalid number, unexpected digit after 0: \"0\".")]
    [InlineData("{ a(b: 1.) }", 1, 10, "Syntax Error: Invalid number, expected digit but got: \")\".")]
    [InlineData("{ a(b: 1e) }", 1, 10, "Syntax Error: Invalid number, expected digit but got: \")\".")]
    [InlineData("{ a(b: 0x1) }", 1, 9, "Syntax Error: Invalid number, expected digit but got: \"x\".")]
    [InlineData("{ a(b: \"unterminated) }", 1, 24, "Syntax Error: Unterminated string.")]
    [InlineData("{ a(b: \"\\uD800\") }", 1, 9, "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("{ a(b: \"\\u{110000}\") }", 1, 9, "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("{ a(b: \"\\q\") }", 1, 9, "Syntax Error: Invalid character escape sequence: \"\\q\".")]
    [InlineData("query\n  ?", 2, 3, "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("fragment on on T { a }", 1, 10, "Syntax Error: Unexpected Name \"on\".")]
    [InlineData("\"desc\" query { a }", 1, 8, "Syntax Error: Unexpected description, descriptions are supported only on type definitions.")]
    [InlineData("query q($a: Int = $b) { a }", 1, 19, "Syntax Error: Unexpected variable \"$b\" in constant value.")]
    [InlineData("enum E { true }", 1, 10, "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("type T {}", 1, 9, "Syntax Error: Expected Name, found \"}\".")]
    [InlineData("extend type T", 1, 14, "Syntax Error: Unexpected <EOF>.")]
    [InlineData("directive @d on NOWHERE", 1, 17, "Syntax Error: Unexpected Name \"NOWHERE\".")]
    public void Syntax_errors_have_spec_shaped_messages_and_positions(string source, int line, int column, string message)
    {
        var error = Assert.ThrowsAny<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Deep_nesting_fails_with_a_typed_error_instead_of_overflowing_the_stack()
    {
        var deepSelections = string.Concat(Enumerable.Repeat("{ a ", 100_000));
        var deepList = "{ a(b: " + new string('[', 100_000) + ") }";

        Assert.Throws<DocumentLimitExceededException>(() => Parser.Parse(deepSelections));
        Assert.Throws<DocumentLimitExceededException>(() => Parser.Parse(deepList));
        Assert.Throws<DocumentLimitExceededException>(() => Parser.ParseType(new string('[', 100_000) + "Int"));
    }

    [Fact]
    public void Too_many_tokens_fail_with_a_typed_error()
    {
        var wide = "{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"f{i}")) + " }";

        var error = Assert.Throws<DocumentLimitExceededException>(() => Parser.Parse(wide, new ParserOptions { MaxTokens = 100 }));

        Assert.Contains("more than 100 tokens", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Parser.Parse("{ a }", new ParserOptions { MaxTokens = 4 }).Definitions.Count + 1);
    }

    [Fact]
    public void Ignored_tokens_are_skipped_and_locations_count_lines()
    {
        var document = Parser.Parse("\uFEFF# comment\r\n,,{\n\t a, b }");

        var selections = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(new SourceLocation(3, 3), selections[0].Location);
        Assert.Equal(new SourceLocation(3, 6), selections[1].Location);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    public void Block_strings_print_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }
}
