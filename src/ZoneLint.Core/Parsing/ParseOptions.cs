using ZoneLint.Core.Model;

namespace ZoneLint.Core.Parsing;

/// <summary>How to read a zone file. The defaults are BIND's.</summary>
public sealed class ParseOptions
{
    /// <summary>The zone's name and the origin a file starts with (for named-checkzone, the zone name argument).</summary>
    public DomainName Origin { get; set; } = DomainName.Root;

    /// <summary>
    /// The origin was only guessed (from the file name): a $ORIGIN before the first record then names the zone
    /// instead, unless it is the root (`$ORIGIN .` followed by absolute names is a common style).
    /// </summary>
    public bool OriginIsGuess { get; set; }

    /// <summary>A $TTL to start with, as if the file began with one; null: none (BIND's behaviour).</summary>
    public uint? DefaultTtl { get; set; }

    public ushort DefaultClass { get; set; } = RRClass.IN;

    /// <summary>The folder that $INCLUDE may not leave; null: the folder of the top file.</summary>
    public string? IncludeRoot { get; set; }

    /// <summary>Where files are read from: the disk, the git index, an IDE's buffers.</summary>
    public IZoneFileSystem FileSystem { get; set; } = PhysicalFileSystem.Instance;

    public int MaxIncludeDepth { get; set; } = 20;

    /// <summary>
    /// The most files one zone may read, the top file included and a file counted each time it is included: without
    /// it, files that each include the next twice make the work grow as 2^depth.
    /// </summary>
    public int MaxIncludedFiles { get; set; } = 1000;

    /// <summary>The most records one $GENERATE may make.</summary>
    public int MaxGenerateRecords { get; set; } = 65536;

    /// <summary>The same options, reading files through another file system (a git revision, the index).</summary>
    public ParseOptions WithFileSystem(IZoneFileSystem fileSystem)
    {
        var copy = (ParseOptions)MemberwiseClone();
        copy.FileSystem = fileSystem;
        return copy;
    }
}
