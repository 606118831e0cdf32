// Positions appear in every diagnostic and model value; users of the core get them without a
// second import.
@_exported import struct YAMLTree.SourcePosition
@_exported import struct YAMLTree.YAMLLimits
