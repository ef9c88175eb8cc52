-- Neovim: `.lov` files get the filetype `lov` and the `lov lsp` language server (diagnostics,
-- hover, go to definition, outline, completion, formatting); amending acts get its diagnostics. Put this file in
-- ~/.config/nvim/plugin/ or `require` it from init.lua; `vim.g.lov_lsp_cmd` overrides the command.
-- Written for Neovim 0.7 (Debian 12's), which has vim.lsp.start_client; from 0.8 on,
-- `vim.lsp.start({ name = "lov", cmd = { "lov", "lsp" } })` in a FileType autocommand does the same.
-- (0.7 reads vim.filetype.add only with vim.g.do_filetype_lua = 1; the autocommand works in all.)
vim.filetype.add({ extension = { lov = "lov" } })
vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, { pattern = "*.lov", command = "setfiletype lov" })
-- An amending act (`*.ændringslov.txt`) gets `lov indarbejd`'s diagnostics against the law beside it;
-- `set`, not `setfiletype`, since Neovim has already called a `.txt` file `text`.
vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
  pattern = { "*.ændringslov.txt", "*.aendringslov.txt" },
  command = "set filetype=lovaendringslov",
})

local clients = {}

local function start()
  local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p:h")
  local id = clients[root]
  if id == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client({ name = "lov", cmd = vim.g.lov_lsp_cmd or { "lov", "lsp" }, root_dir = root })
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(0, id)
  end
end

vim.api.nvim_create_autocmd("FileType", { pattern = { "lov", "lovaendringslov" }, callback = start })
