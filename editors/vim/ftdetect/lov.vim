" .lov files: Danish laws as rules as code (see editors/vim/syntax/lov.vim).
autocmd BufNewFile,BufRead *.lov setfiletype lov
