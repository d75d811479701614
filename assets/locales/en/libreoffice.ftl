## Checklist: office documents in LibreOffice with open formats
# Menu paths checked against LibreOffice Help (Tools > Options > Load/Save > General):
# - https://help.libreoffice.org/latest/sv/text/shared/optionen/01010200.html (English text of the page)

libreoffice = Office documents in LibreOffice
    .description = Write letters, spreadsheets and presentations in LibreOffice and save them in OpenDocument, an open format that no single company controls.

libreoffice--installed = Check that LibreOffice is installed
    .body = The app checks whether LibreOffice is on this laptop and whether the version still gets security updates. On a laptop that your organisation manages you cannot install it yourself: ask the service desk to install or update LibreOffice for you. Afterwards you find LibreOffice Writer, Calc and Impress in your start menu. An up-to-date version matters because old versions no longer get security fixes.
    .link-download = Download LibreOffice (only for a computer you manage yourself)

libreoffice--set-odf-default = Make OpenDocument your default format
    .body = Close LibreOffice completely, then click Do it for me. The app sets the default format to .odt for text, .ods for spreadsheets and .odp for presentations. It only changes this one setting in your own LibreOffice profile, keeps the old value and can undo the change at any time. You can see the result in Tools > Options > Load/Save > General under "Always save as" (on a Mac: LibreOffice > Preferences). OpenDocument (ODF) is an open standard, so your files stay readable without depending on one vendor.
    .link-what-is-odf = What is OpenDocument?

libreoffice--check-default-format = Check the default save format
    .body = The app reads which format LibreOffice uses when you click Save, for text, spreadsheets and presentations. All three should be OpenDocument: .odt, .ods and .odp. If one still shows a Word, Excel or PowerPoint format, close LibreOffice and run the previous step again. If your organisation has locked this setting, you see a small lock icon next to it; then ask the service desk which format your organisation uses.

libreoffice--format-question = Answer the "keep this format?" question
    .body = When you save a file as .docx, .xlsx or .pptx, LibreOffice asks which format to use, with one button for the Microsoft format and one for ODF. Choose ODF for work that stays inside your organisation, and the Microsoft format only when someone outside really needs it. If the question gets in your way, go to Tools > Options > Load/Save > General and untick "Warn when not saving in ODF or default format". The question exists because some layout and features can get lost in Microsoft formats.

libreoffice--install-templates = Install your organisation's templates
    .body = Ask the service desk or your secretariat where the templates for letters, memos and presentations (letterhead, house style) are stored, for example in a Nextcloud folder. In LibreOffice, open File > Templates > Manage Templates (Ctrl+Shift+N) and choose Import under the Manage button to add them. Right-click the letter template and choose Set as Default if every new document should start with it. Your documents then match the house style without copying old Word files.

libreoffice--check-macros = Report old documents with macros
    .body = Macros are small programs inside a document. Search your folders for files ending in .docm, .xlsm or .pptm; older .doc and .xls files can contain macros too, so ask who made your important forms and calculation sheets. Do not run these macros in LibreOffice: if LibreOffice says macros are disabled, leave them off. Make a short list of the files you really need (name, what the macro does, how often you use it) and send it to the service desk. Macros written for Microsoft Office often do not work in LibreOffice, and a replacement can only be planned if the service desk knows about them.

libreoffice--test-own-files = Open your most-used files and check the layout
    .body = Open copies of the Word, Excel and PowerPoint files you use most, for example your five most important ones. Compare them with how they used to look: page breaks, tables, headers and footers, numbering, fonts, charts and formulas. If something looks wrong, note the file and the problem and tell the service desk; a missing font is a common cause. Better to find problems now than on the day of a deadline.

libreoffice--sharing-formats = Know which format to send outside
    .body = Inside your organisation, save and share in ODF (.odt, .ods, .odp). Send a PDF when the other person only needs to read or print the document: File > Export As > Export as PDF. Send .docx, .xlsx or .pptx only when a partner asks for it and needs to edit the file: File > Save As and pick the type. This way nobody outside is forced to buy particular software to read your documents.

libreoffice--choose-interface = Choose the menu layout that suits you
    .body = Open View > User Interface. Choose Tabbed if you want tabs with large buttons that look like Microsoft Office, or Standard Toolbar for the classic menus with the sidebar on the right. Click Apply to All to use it in Writer, Calc and Impress. You can switch back at any time; your documents do not change.
    .link-help = LibreOffice Help
