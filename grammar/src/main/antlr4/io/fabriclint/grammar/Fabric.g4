// The .fabric language (spec §2–3).
//
// The parser is deliberately shallow: a file is a list of declarations, a
// block is a list of properties, and a property is a name followed by value
// atoms up to the end of its line. What each property's values mean is the
// property schema's business (analyzer), not the grammar's. That keeps error
// recovery local (one broken line never takes the rest of the file with it)
// and lets completion and hover work on any half-typed line.
//
// Nothing nests: a `{` inside a block is an error, not a deeper block, and
// lists do not contain lists, so no input can drive the parser into deep
// recursion.
grammar Fabric;

@parser::members {
    /**
     * True when the next tokens start a top-level declaration (`tier x {`,
     * `link a.b ->`, `import "…"`). Inside a block this means its closing
     * brace is missing: the block ends here, so the declaration that follows
     * is still parsed as one instead of being swallowed as a property.
     */
    protected boolean atDeclarationStart() {
        org.antlr.v4.runtime.TokenStream in = getInputStream();
        int t1 = in.LA(1);
        switch (t1) {
            case IMPORT:
                return in.LA(2) == STRING || in.LA(2) == UNTERMINATED_STRING;
            case LINK:
                return isName(in.LA(2)) && in.LA(3) == DOT;
            case FABRIC: case MODULE: case RACK: case TIER:
                return isName(in.LA(2)) && in.LA(3) == LBRACE;
            default:
                return false;
        }
    }

    protected static boolean isName(int type) {
        return type == IDENT || type == IMPORT || type == FABRIC || type == MODULE
            || type == RACK || type == TIER || type == LINK || type == PORT;
    }
}

file
    : (NL | SEMI | declaration)* EOF
    ;

declaration
    : IMPORT NL* (STRING | UNTERMINATED_STRING)                 # importDeclaration
    | keyword=(FABRIC | MODULE | RACK | TIER) NL* name NL* block # namedDeclaration
    | LINK NL* endpoint NL* ARROW NL* endpoint NL* block        # linkDeclaration
    ;

endpoint
    : tier=name DOT port=name
    ;

block
    : LBRACE (NL | SEMI | {!atDeclarationStart()}? property)* RBRACE
    ;

property
    : name value*
    ;

value
    : atom                                                             # atomValue
    | LBRACKET NL* (atom (COMMA? NL* atom)*)? NL* COMMA? NL* RBRACKET # listValue
    ;

// List items are atoms, never lists: nothing in a value nests.
atom
    : name                                    # wordValue
    | NUMBER                                  # numberValue
    | RATIO                                   # ratioValue
    | (STRING | UNTERMINATED_STRING)          # stringValue
    | ARROW                                   # arrowValue
    | COLON                                   # colonValue
    | COMMA                                   # commaValue
    | DOT                                     # dotValue
    ;

name
    : IDENT | IMPORT | FABRIC | MODULE | RACK | TIER | LINK | PORT
    ;

// ---------------------------------------------------------------- lexer

IMPORT : 'import' ;
FABRIC : 'fabric' ;
MODULE : 'module' ;
RACK   : 'rack' ;
TIER   : 'tier' ;
LINK   : 'link' ;
PORT   : 'port' ;

ARROW    : '->' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA    : ',' ;
SEMI     : ';' ;
COLON    : ':' ;
DOT      : '.' ;

// `1:1`, `1.5:1`
RATIO : DECIMAL ':' DECIMAL ;

// A number with whatever is glued to it: `32`, `1.3`, `30m`, `10.2kW`,
// `1.6T`, `32x`, `2xMPO-12`. The analyzer splits number and unit.
NUMBER : '-'? DECIMAL WORD_TAIL* ;

// A letter or `_`, then letters, digits, `_` and inner `-`; a `.` belongs to
// the name only between two digits (`QDD-400G-SR4.2`, `OSFP-1.6T-DR8`).
IDENT : [A-Za-z_] WORD_TAIL* ;

STRING : '"' (ESCAPE | ~["\\\r\n])* '"' ;

// An opening quote with no closing one on its line: reported as FAB001 but
// still read as a string, so the lexer never runs on to the end of the file
// looking for the quote and the property keeps its value. A backslash right
// before the line break belongs to it too (it escapes nothing).
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])* '\\'? ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(2) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(2) ;
// A `/*` never closed: everything to the end of the file, reported once.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(3) ;

NL : '\r'? '\n' | '\r' ;
WS : [ \t\f\u00A0\uFEFF]+ -> channel(HIDDEN) ;

// Anything else is reported once per character run and otherwise ignored.
UNEXPECTED_CHAR : . -> channel(3) ;

fragment DECIMAL : [0-9]+ ('.' [0-9]+)? ;
fragment WORD_TAIL
    : [A-Za-z_]
    | [0-9]+ ('.' [0-9]+)*
    | '-'+ ([A-Za-z_] | [0-9]+ ('.' [0-9]+)*)
    ;
// An escape never takes a line break: a string, like a property, ends with its
// line, and no token may end between the `\r` and `\n` of a CRLF.
fragment ESCAPE : '\\' ~[\r\n] ;
