using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Schemas;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>Every rule of the spec's Validation section, each with a valid and an invalid example (mostly the spec's own).</summary>
public sealed class ValidationRuleTests
{
    public static TheoryData<string, string> ValidDocuments => new()
    {
        { "ExecutableDefinitions", "query getDogName { dog { name color: nickname } }" },
        { "UniqueOperationNames", "query getDogName { dog { name } } query getOwnerName { dog { owner { name } } }" },
        { "LoneAnonymousOperation", "{ dog { name } }" },
        { "SingleFieldSubscriptions", "subscription sub { newMessage { body sender } }" },
        { "SingleFieldSubscriptions via fragment", "subscription sub { ...newMessageFields } fragment newMessageFields on Subscription { newMessage { body sender } }" },
        { "FieldsOnCorrectType on interface and union", "{ pet { name ... on Dog { barkVolume } } catOrDog { __typename ... on Cat { meowVolume } } }" },
        { "OverlappingFields same field twice", "{ dog { name name } }" },
        { "OverlappingFields same alias and args", "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }" },
        { "OverlappingFields different types in exclusive object branches", "{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }" },
        { "OverlappingFields across fragments", "{ dog { ...a ...b } } fragment a on Dog { name } fragment b on Dog { name }" },
        { "ScalarLeafs", "{ dog { barkVolume } human { name } }" },
        { "KnownArgumentNames and directive arguments", "{ dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) } }" },
        { "ProvidedRequiredArguments with default", "{ arguments { optionalNonNullBooleanArgField } dog { isHouseTrained } }" },
        { "UniqueFragmentNames and KnownFragmentNames", "{ dog { ...fragmentOne ...fragmentTwo } } fragment fragmentOne on Dog { name } fragment fragmentTwo on Dog { owner { name } }" },
        { "FragmentsOnCompositeTypes", "{ dog { ...f } } fragment f on Pet { name } " },
        { "PossibleFragmentSpreads abstract in abstract", "{ pet { ...dogOrHumanFragment } } fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }" },
        { "ValuesOfCorrectType coercions", "{ arguments { floatArgField(floatArg: 1) stringListArgField(stringListArg: \"one\") booleanListArgField(booleanListArg: [true, null]) } }" },
        { "Input objects", "{ findDog(searchBy: { name: \"Fido\" }) { name } findDogOneOf(searchBy: { owner: \"me\" }) { name } }" },
        { "Variables allowed with default", "query q($atOtherHomes: Boolean = true) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }" },
        { "Nullable variable with default into non-null position", "query q($b: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }" },
        { "Variable into a location with a default", "query q($b: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $b) } }" },
        { "Variables used through fragments", "query q($cmd: DogCommand!) { dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: $cmd) }" },
        { "List variable in list position", "query q($booleanList: [Boolean!]) { booleanList(booleanListArg: $booleanList) }" },
        { "Repeatable skip on different locations", "query q($a: Boolean!) { dog @include(if: $a) { name @skip(if: $a) } }" },
    };

    public static TheoryData<string, string> InvalidDocuments => new()
    {
        { "query getDogName { dog { name } } type Cow { name: String }", "The \"Cow\" definition is not executable." },
        { "query getName { dog { name } } query getName { dog { owner { name } } }", "There can be only one operation named \"getName\"." },
        { "{ dog { name } } query getName { dog { owner { name } } }", "This anonymous operation must be the only defined operation." },
        { "subscription sub { newMessage { body } disallowedSecondRootField }", "Subscription \"sub\" must select only one top level field." },
        { "subscription sub { ...f } fragment f on Subscription { newMessage { body } disallowedSecondRootField }", "Subscription \"sub\" must select only one top level field." },
        { "subscription { __typename }", "Anonymous Subscription must not select an introspection top level field." },
        { "fragment f on Dog { meowVolume } { dog { ...f } }", "Cannot query field \"meowVolume\" on type \"Dog\"." },
        { "{ catOrDog { name } }", "Cannot query field \"name\" on type \"CatOrDog\"." },
        { "{ dog { name: nickname name } }", "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional." },
        { "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional." },
        { "{ catOrDog { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } } }", "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional." },
        { "{ dog { owner { name } } dog { owner { name: __typename } } }", "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional." },
        { "{ dog { ...a ...b } } fragment a on Dog { x: name } fragment b on Dog { x: nickname }", "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional." },
        { "{ dog { barkVolume { sinceWhen } } }", "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields." },
        { "{ human }", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?" },
        { "{ dog { doesKnowCommand(command: SIT, dogCommand: SIT) } }", "Unknown argument \"command\" on field \"Dog.doesKnowCommand\"." },
        { "{ dog { name @include(unless: false, if: true) } }", "Unknown argument \"unless\" on directive \"@include\"." },
        { "{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: HEEL) } }", "There can be only one argument named \"dogCommand\"." },
        { "{ arguments { multipleRequirements(x: 1) } }", "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided." },
        { "{ dog { name @skip } }", "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided." },
        { "{ dog { ...f } } fragment f on Dog { name } fragment f on Dog { owner { name } }", "There can be only one fragment named \"f\"." },
        { "{ dog { ... on NotInSchema { name } } }", "Unknown type \"NotInSchema\"." },
        { "query q($x: NotInSchema) { dog { name } }", "Unknown type \"NotInSchema\"." },
        { "{ dog { ...f } } fragment f on Int { something }", "Fragment \"f\" cannot condition on non composite type \"Int\"." },
        { "{ dog { ... on Boolean { somethingElse } } }", "Fragment cannot condition on non composite type \"Boolean\"." },
        { "{ dog { name } } fragment unused on Dog { name }", "Fragment \"unused\" is never used." },
        { "{ dog { ...undefinedFragment } }", "Unknown fragment \"undefinedFragment\"." },
        { "{ dog { ...a } } fragment a on Dog { ...b } fragment b on Dog { ...a }", "Cannot spread fragment \"a\" within itself via \"b\"." },
        { "{ dog { ...a } } fragment a on Dog { owner { pets { ...on Dog { ...a } } } }", "Cannot spread fragment \"a\" within itself." },
        { "{ dog { ...catInDog } } fragment catInDog on Dog { ... on Cat { meowVolume } }", "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\"." },
        { "{ dog { ...sentient } } fragment sentient on Sentient { name }", "Fragment \"sentient\" cannot be spread here as objects of type \"Dog\" can never be of type \"Sentient\"." },
        { "{ arguments { intArgField(intArg: \"3\") } }", "Expected value of type \"Int\", found \"3\"; Int cannot represent non-integer value: \"3\"" },
        { "{ arguments { floatArgField(floatArg: true) } }", "Expected value of type \"Float\", found true; Float cannot represent non numeric value: true" },
        { "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }", "Expected value of type \"Boolean!\", found null." },
        { "{ dog { doesKnowCommand(dogCommand: JUMP) } }", "Value \"JUMP\" does not exist in \"DogCommand\" enum." },
        { "{ arguments { booleanListArgField(booleanListArg: [1]) } }", "Expected value of type \"Boolean\", found 1; Boolean cannot represent a non boolean value: 1" },
        { "{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }", "Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\"." },
        { "{ findDog(searchBy: { name: \"a\", name: \"b\" }) { name } }", "There can be only one input field named \"name\"." },
        { "{ findDogOneOf(searchBy: { name: \"a\", owner: \"b\" }) { name } }", "OneOf Input Object \"FindDogOneOfInput\" must specify exactly one key." },
        { "{ findDogOneOf(searchBy: { name: null }) { name } }", "Field \"FindDogOneOfInput.name\" must be non-null." },
        { "query q($name: String) { findDogOneOf(searchBy: { name: $name }) { name } }", "Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"FindDogOneOfInput\"." },
        { "{ dog { name @unknown } }", "Unknown directive \"@unknown\"." },
        { "query @skip(if: true) { dog { name } }", "Directive \"@skip\" may not be used on QUERY." },
        { "query q($a: Boolean!, $b: Boolean!) { dog { name @skip(if: $a) @skip(if: $b) } }", "The directive \"@skip\" can only be used once at this location." },
        { "query q($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "There can be only one variable named \"$atOtherHomes\"." },
        { "query q($dog: Dog) { dog { name } }", "Variable \"$dog\" cannot be non-input type \"Dog\"." },
        { "query q { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }", "Variable \"$atOtherHomes\" is not defined by operation \"q\"." },
        { "query q($cmd: DogCommand!) { dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: $other) }", "Variable \"$other\" is not defined by operation \"q\"." },
        { "query q($atOtherHomes: Boolean) { dog { isHouseTrained } }", "Variable \"$atOtherHomes\" is never used in operation \"q\"." },
        { "query q($intArg: Int) { arguments { nonNullIntArgField(nonNullIntArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\"." },
        { "query q($booleanList: [Boolean]) { booleanList(booleanListArg: $booleanList) }", "Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\"." },
        { "query q($b: Boolean) { booleanList(booleanListArg: [$b]) }", "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\"." },
    };

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Each_rule_accepts_its_valid_example(string rule, string document)
    {
        Assert.True(Validate.Messages(document).Count == 0, $"{rule}: {string.Join(" | ", Validate.Messages(document))}");
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Each_rule_rejects_its_invalid_example_with_the_spec_message(string document, string expected)
    {
        Assert.Contains(expected, Validate.Messages(document));
    }

    [Fact]
    public void Errors_carry_the_locations_of_the_offending_nodes()
    {
        var errors = DocumentValidator.Validate(PetSchema.Instance, Parser.Parse("{\n  dog {\n    meow\n  }\n}"));

        var error = Assert.Single(errors);
        Assert.Equal([new SourceLocation(3, 5)], error.Locations);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
    }

    [Fact]
    public void A_mutation_against_a_schema_without_one_is_rejected()
    {
        var schema = new Building.SchemaBuilder().Query(q => q.Field("a").Type("Int").Resolve(_ => 1)).Build();

        var errors = DocumentValidator.Validate(schema, Parser.Parse("mutation { a }"));

        Assert.Contains(errors, e => e.Message == "The schema does not support mutation operations.");
    }

    [Fact]
    public void The_error_count_is_capped()
    {
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 50).Select(i => $"f{i}")) + " }";

        var errors = DocumentValidator.Validate(PetSchema.Instance, Parser.Parse(document), maxErrors: 5);

        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Overlapping_fragment_pairs_are_compared_in_reasonable_time_for_many_fragments()
    {
        // Many mutually spread fragments would be exponential without memoising compared pairs.
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment f{i} on Dog {{ name {(i > 0 ? $"...f{i - 1}" : string.Empty)} }}"));
        var document = "{ dog { " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"...f{i}")) + " } }\n" + fragments;

        Assert.Empty(Validate.Messages(document));
    }
}
