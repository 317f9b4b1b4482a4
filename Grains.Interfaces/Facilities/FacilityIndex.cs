using Platform.Runtime.Indexing;

namespace Platform.Grains.Facilities;

/// <summary>The <c>facilities</c> and <c>microscopes</c> index tables (lists of tenants and of a facility's scopes).</summary>
public static class FacilityIndex
{
    public const string FacilitiesTable = "facilities";
    public const string MicroscopesTable = "microscopes";
    public const string Name = "name";
    public const string FacilityId = "facility_id";

    public static IndexTable Facilities { get; } = new(FacilitiesTable, [new(Name, IndexColumnType.Text)]);

    public static IndexTable Microscopes { get; } = new(MicroscopesTable, [new(FacilityId, IndexColumnType.Text, Indexed: true), new(Name, IndexColumnType.Text)]);
}
