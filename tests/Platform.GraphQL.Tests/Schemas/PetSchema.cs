using Platform.GraphQL.Building;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Schemas;

/// <summary>The example schema of the spec's Validation section (§5), built with the code-first API.</summary>
public static class PetSchema
{
    public static Schema Instance { get; } = Build();

    private static Schema Build()
    {
        var builder = new SchemaBuilder();
        builder.Query(q =>
        {
            q.Field("dog").Type("Dog").Resolve(_ => null);
            q.Field("findDog").Type("Dog").Argument("searchBy", "FindDogInput").Resolve(_ => null);
            q.Field("findDogOneOf").Type("Dog").Argument("searchBy", "FindDogOneOfInput!").Resolve(_ => null);
            q.Field("human").Type("Human").Resolve(_ => null);
            q.Field("pet").Type("Pet").Resolve(_ => null);
            q.Field("catOrDog").Type("CatOrDog").Resolve(_ => null);
            q.Field("arguments").Type("Arguments").Resolve(_ => null);
            q.Field("booleanList").Type("Boolean").Argument("booleanListArg", "[Boolean!]").Resolve(_ => null);
        });
        builder.Mutation(m => m.Field("mutateDog").Type("Dog").Resolve(_ => null));
        builder.Subscription(s =>
        {
            s.Field("newMessage").Type("Message!").Resolve(_ => null);
            s.Field("disallowedSecondRootField").Type("Boolean").Resolve(_ => null);
        });
        builder.Object("Message", t =>
        {
            t.Field("body").Type("String");
            t.Field("sender").Type("String");
        });
        builder.Enum("DogCommand", e => e.Value("SIT").Value("DOWN").Value("HEEL"));
        builder.Interface("Sentient", i => i.Field("name").Type("String!"));
        builder.Interface("Pet", i => i.Field("name").Type("String!"));
        builder.Object("Alien", t =>
        {
            t.Implements("Sentient");
            t.Field("name").Type("String!");
            t.Field("homePlanet").Type("String");
        });
        builder.Object("Human", t =>
        {
            t.Implements("Sentient");
            t.Field("name").Type("String!");
            t.Field("pets").Type("[Pet!]");
        });
        builder.Enum("CatCommand", e => e.Value("JUMP"));
        builder.Object("Dog", t =>
        {
            t.Implements("Pet");
            t.Field("name").Type("String!");
            t.Field("nickname").Type("String");
            t.Field("barkVolume").Type("Int");
            t.Field("doesKnowCommand").Type("Boolean!").Argument("dogCommand", "DogCommand!");
            t.Field("isHouseTrained").Type("Boolean!").Argument("atOtherHomes", "Boolean");
            t.Field("owner").Type("Human");
        });
        builder.Object("Cat", t =>
        {
            t.Implements("Pet");
            t.Field("name").Type("String!");
            t.Field("nickname").Type("String");
            t.Field("doesKnowCommand").Type("Boolean!").Argument("catCommand", "CatCommand!");
            t.Field("meowVolume").Type("Int");
        });
        builder.Union("CatOrDog", u => u.Types("Cat", "Dog"));
        builder.Union("DogOrHuman", u => u.Types("Dog", "Human"));
        builder.Union("HumanOrAlien", u => u.Types("Human", "Alien"));
        builder.InputObject("FindDogInput", i => i.Field("name", "String").Field("owner", "String"));
        builder.InputObject("FindDogOneOfInput", i => i.OneOf().Field("name", "String").Field("owner", "String"));
        builder.Object("Arguments", t =>
        {
            t.Field("multipleRequirements").Type("Int!").Argument("x", "Int!").Argument("y", "Int!");
            t.Field("booleanArgField").Type("Boolean").Argument("booleanArg", "Boolean");
            t.Field("floatArgField").Type("Float").Argument("floatArg", "Float");
            t.Field("intArgField").Type("Int").Argument("intArg", "Int");
            t.Field("nonNullBooleanArgField").Type("Boolean!").Argument("nonNullBooleanArg", "Boolean!");
            t.Field("nonNullIntArgField").Type("Int!").Argument("nonNullIntArg", "Int!");
            t.Field("booleanListArgField").Type("[Boolean]").Argument("booleanListArg", "[Boolean]!");
            t.Field("optionalNonNullBooleanArgField").Type("Boolean!").Argument("optionalBooleanArg", "Boolean!", "false");
            t.Field("stringListArgField").Type("[String]").Argument("stringListArg", "[String]");
        });
        return builder.Build();
    }
}
