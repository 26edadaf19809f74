<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>There is no &apos;{lang}&apos; translation. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
